-- Issue 5: communities, grids and commissioners; per-district time limits; resident matters with
-- their history; whistles with their summons. Every table is tenant-owned (district_id leads the key).

create table community (
    district_id  varchar(32)  not null references district (id),
    code         varchar(64)  not null,
    name         varchar(100) not null,
    street       varchar(64)  not null,
    primary key (district_id, code)
);

create table grid (
    district_id  varchar(32)  not null references district (id),
    code         varchar(64)  not null,
    name         varchar(100) not null,
    community    varchar(64)  not null,
    households   integer      not null check (households >= 0),
    worker       varchar(100),
    primary key (district_id, code),
    foreign key (district_id, community) references community (district_id, code)
);

create table commissioner (
    district_id  varchar(32)  not null references district (id),
    id           varchar(40)  not null,
    name         varchar(100) not null,
    community    varchar(64)  not null,
    since        date         not null,
    primary key (district_id, id),
    foreign key (district_id, community) references community (district_id, code)
);

create table time_limit (
    district_id  varchar(32)  not null references district (id),
    code         varchar(32)  not null,
    name         varchar(100) not null,
    measure      varchar(16)  not null,
    amount       integer      not null check (amount > 0),
    position     integer      not null default 0,
    primary key (district_id, code)
);

create sequence matter_number_seq;

create table matter (
    district_id      varchar(32)   not null references district (id),
    number           varchar(32)   not null,
    channel          varchar(16)   not null,
    idempotency_key  varchar(200),
    title            varchar(300)  not null,
    description      varchar(4000) not null,
    address          varchar(300),
    street           varchar(64)   not null,
    community        varchar(64),
    grid             varchar(64),
    category         varchar(64),
    resident_name    varchar(100),
    resident_phone   varchar(40),
    time_limit       varchar(32)   not null,
    time_limit_name  varchar(100)  not null,
    time_measure     varchar(16)   not null,
    time_amount      integer       not null,
    received_at      timestamp     not null,
    due_at           timestamp     not null,
    state            varchar(16)   not null,
    item_code        varchar(64),
    item_name        varchar(300),
    routing_rule     varchar(16),
    routing_score    double precision,
    lead_unit        varchar(64),
    assisting_units  varchar(500),
    layout_version   varchar(64),
    routing_reason   varchar(1000),
    answer           varchar(4000),
    rating           varchar(24),
    return_visit     varchar(1000),
    reopened         integer       not null default 0,
    version          integer       not null default 0,
    primary key (district_id, number)
);

create unique index matter_idempotency on matter (district_id, idempotency_key) where idempotency_key is not null;
create index matter_inbox on matter (district_id, street, lead_unit, state, due_at);

create table matter_event (
    district_id    varchar(32)   not null references district (id),
    matter_number  varchar(32)   not null,
    seq            integer       not null,
    at             timestamp     not null,
    actor          varchar(100)  not null,
    type           varchar(32)   not null,
    from_state     varchar(16),
    to_state       varchar(16),
    note           varchar(4000),
    primary key (district_id, matter_number, seq),
    foreign key (district_id, matter_number) references matter (district_id, number)
);

create table whistle (
    district_id        varchar(32)   not null references district (id),
    id                 varchar(40)   not null,
    matter_number      varchar(32)   not null,
    street             varchar(64)   not null,
    blown_by           varchar(100)  not null,
    blown_at           timestamp     not null,
    report_in_minutes  integer       not null check (report_in_minutes > 0),
    reason             varchar(1000),
    primary key (district_id, id),
    foreign key (district_id, matter_number) references matter (district_id, number)
);

create table whistle_summons (
    district_id  varchar(32)   not null references district (id),
    whistle_id   varchar(40)   not null,
    department   varchar(100)  not null,
    reported_at  timestamp,
    action       varchar(1000),
    rating       varchar(24),
    primary key (district_id, whistle_id, department),
    foreign key (district_id, whistle_id) references whistle (district_id, id)
);

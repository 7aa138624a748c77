-- Issue 9 (DD021): matter numbers per district, unguessable Open311 request ids, per-district client
-- keys with their audit trail. Every table is tenant-owned (district_id leads the key).

-- One counter per district and day: a matter number (20261130-000001) says nothing about other
-- districts. matter_number_seq (V6) is no longer used and is left in place.
create table matter_counter (
    district_id  varchar(32)  not null references district (id),
    day          date         not null,
    last         bigint       not null check (last > 0),
    primary key (district_id, day)
);

-- Existing matters were numbered from the shared sequence: continue after the highest serial each
-- district already used on each day, so no number is handed out twice.
insert into matter_counter (district_id, day, last)
select district_id, to_date(split_part(number, '-', 1), 'YYYYMMDD'), max(cast(split_part(number, '-', 2) as bigint))
from matter
where number ~ '^[0-9]{8}-[0-9]+$'
group by district_id, split_part(number, '-', 1);

-- A district's Open311 clients. Only the SHA-256 of a key is stored; the key is shown once.
create table api_key (
    district_id    varchar(32)   not null references district (id),
    id             varchar(40)   not null,
    client         varchar(100)  not null,
    hint           varchar(8)    not null,
    key_hash       char(64)      not null,
    created_by     varchar(100)  not null,
    created_at     timestamp     not null,
    revoked_by     varchar(100),
    revoked_at     timestamp,
    last_used_at   timestamp,
    primary key (district_id, id)
);

create unique index api_key_hash on api_key (district_id, key_hash);

-- Who created or revoked which key, when and why (append-only).
create table api_key_audit (
    district_id  varchar(32)   not null references district (id),
    id           varchar(40)   not null,
    at           timestamp     not null,
    actor        varchar(100)  not null,
    action       varchar(16)   not null,
    key_id       varchar(40)   not null,
    client       varchar(100)  not null,
    reason       varchar(1000) not null,
    primary key (district_id, id),
    foreign key (district_id, key_id) references api_key (district_id, id)
);

-- An Open311 request's service_request_id is a random token handed to the submitter; only its
-- SHA-256 is stored, unique per district.
create table open311_request (
    district_id    varchar(32)  not null references district (id),
    token_hash     char(64)     not null,
    matter_number  varchar(32)  not null,
    api_key_id     varchar(40)  not null,
    created_at     timestamp    not null,
    primary key (district_id, token_hash),
    foreign key (district_id, matter_number) references matter (district_id, number),
    foreign key (district_id, api_key_id) references api_key (district_id, id)
);

create unique index open311_request_matter on open311_request (district_id, matter_number);

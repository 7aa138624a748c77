-- Issue 4: how duty items moved between levels, streets' own division of leads, admission (准入)
-- with its working-day calendar, and the enforcement catalog with each street's team.
-- Every table is tenant-owned: district_id leads its primary key.

alter table duty_item add column movement varchar(16) not null default 'ORIGINAL';
alter table duty_item add column moved_on date;
create index duty_item_level on duty_item (district_id, level);

create table street_assignment (
    district_id  varchar(32)  not null references district (id),
    street       varchar(64)  not null,
    item_code    varchar(64)  not null,
    lead_units   varchar(500) not null,
    primary key (district_id, street, item_code)
);

-- The district's admission policy; one row per district (key 'admission').
create table duty_settings (
    district_id            varchar(32) not null references district (id),
    name                   varchar(16) not null,
    notice_working_days    integer     not null check (notice_working_days >= 0),
    decision_working_days  integer     not null check (decision_working_days >= 0),
    primary key (district_id, name)
);

-- Holidays (working = false) and weekend days declared working days (调休, working = true).
create table calendar_day (
    district_id  varchar(32)  not null references district (id),
    day          date         not null,
    working      boolean      not null,
    name         varchar(100) not null,
    primary key (district_id, day)
);

create table admission (
    district_id               varchar(32)   not null references district (id),
    code                      varchar(64)   not null,
    task                      varchar(300)  not null,
    department                varchar(200)  not null,
    target_level              varchar(32)   not null,
    area                      varchar(100)  not null,
    lead_units                varchar(500)  not null default '',
    applied_on                date          not null,
    requested_effective_from  date          not null,
    decision_due              date          not null,
    status                    varchar(16)   not null,
    revoked_on                date,
    updated_by                varchar(100)  not null,
    updated_at                timestamptz   not null,
    primary key (district_id, code)
);

create table enforcement_power (
    district_id        varchar(32)   not null references district (id),
    code               varchar(32)   not null,
    name               varchar(300)  not null,
    type               varchar(32)   not null,
    domain             varchar(32)   not null,
    legal_basis        varchar(1000),
    article            varchar(200),
    source_department  varchar(200)  not null,
    handover           varchar(16)   not null,
    district_retains   varchar(1000),
    effective_from     date          not null,
    generated          boolean       not null default false,
    primary key (district_id, code)
);

create index enforcement_power_domain on enforcement_power (district_id, domain);

-- A street's comprehensive enforcement team; domains it exercises, joined with "、".
create table enforcement_team (
    district_id  varchar(32)  not null references district (id),
    street       varchar(64)  not null,
    name         varchar(200) not null,
    domains      varchar(500) not null,
    primary key (district_id, street)
);

create table seconded_staff (
    district_id  varchar(32)  not null references district (id),
    id           varchar(40)  not null,
    street       varchar(64)  not null,
    name         varchar(100) not null,
    agency       varchar(100) not null,
    since        date         not null,
    primary key (district_id, id),
    foreign key (district_id, street) references enforcement_team (district_id, street) on delete cascade
);

-- Appointments of seconded staff's leaders need the street's opinion (Dongcheng).
create table appointment_consultation (
    district_id  varchar(32)   not null references district (id),
    id           varchar(40)   not null,
    street       varchar(64)   not null,
    consulted_on date          not null,
    post         varchar(100)  not null,
    candidate    varchar(100)  not null,
    agency       varchar(100)  not null,
    opinion      varchar(1000) not null,
    primary key (district_id, id),
    foreign key (district_id, street) references enforcement_team (district_id, street) on delete cascade
);

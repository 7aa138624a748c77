-- Issue 9: every configuration change audited (who, when, what, reason), and every time the vendor
-- read a district's cases (who, when, why, what), shown to that district's administrators.
-- Both tenant-owned and append-only.

create table config_change (
    district_id  varchar(32)   not null references district (id),
    id           varchar(36)   not null,
    at           timestamptz   not null,
    actor        varchar(100)  not null,
    area         varchar(32)   not null,
    summary      varchar(500)  not null,
    reason       varchar(1000),
    primary key (district_id, id)
);

create index config_change_at on config_change (district_id, at);

create table vendor_access (
    district_id  varchar(32)   not null references district (id),
    id           varchar(36)   not null,
    at           timestamptz   not null,
    vendor       varchar(100)  not null,
    reason       varchar(500)  not null,
    scope        varchar(200)  not null,
    primary key (district_id, id)
);

create index vendor_access_at on vendor_access (district_id, at);

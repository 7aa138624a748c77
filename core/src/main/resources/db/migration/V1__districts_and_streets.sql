-- The tenant registry and the first tenant-owned table.
-- Rule for every tenant-owned table: district_id is NOT NULL, references district(id),
-- and leads the primary key and every unique key.

create table district (
    id                  varchar(32)  primary key,
    name                varchar(100) not null unique,
    keycloak_org_alias  varchar(64)  not null unique,
    adcode              varchar(12),
    created_at          timestamptz  not null default now(),
    constraint district_id_format check (id ~ '^[a-z][a-z0-9-]{1,31}$')
);

create table street (
    district_id  varchar(32)  not null references district (id),
    id           varchar(36)  not null,
    name         varchar(100) not null,
    position     integer      not null default 0,
    primary key (district_id, id),
    unique (district_id, name)
);

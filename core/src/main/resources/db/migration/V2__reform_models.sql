-- A district's reform model, stored whole as a document in the streetgov-reform-model/1 format
-- (tenant-config/FORMAT.md), with an optimistic revision; and the audit trail of every change.

create table reform_model (
    district_id  varchar(32)  not null references district (id),
    id           varchar(36)  not null,
    document     text         not null,
    revision     integer      not null,
    updated_at   timestamptz  not null,
    primary key (district_id, id),
    unique (district_id)  -- one model per district
);

create table reform_model_audit (
    district_id   varchar(32)  not null references district (id),
    id            varchar(36)  not null,
    at            timestamptz  not null,
    actor         varchar(100) not null,
    action        varchar(40)  not null,
    version_code  varchar(64),
    summary       varchar(500) not null,
    reason        varchar(1000),
    before_doc    text,
    after_doc     text         not null,
    primary key (district_id, id)
);

create index reform_model_audit_at on reform_model_audit (district_id, at);

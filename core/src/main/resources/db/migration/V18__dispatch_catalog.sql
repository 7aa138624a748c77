-- Issue 11: the dispatch catalog (派单目录) per district, and the district's departments (区直部门)
-- that receive matters the streets do not handle themselves. Lists (other names, synonyms, example
-- sentences) are stored one per line. A type's target is a street duty item (target_ref = its code),
-- a department of the same district (target_ref = its code) or the community (no reference); the
-- domain (DispatchCatalog.findings) checks the references before a catalog is stored.
create table district_department (
    district_id  varchar(32)   not null references district (id),
    code         varchar(64)   not null,
    name         varchar(100)  not null,
    synonyms     varchar(4000) not null default '',
    basis        varchar(16)   not null check (basis in ('source', 'inferred')),
    primary key (district_id, code)
);

create table dispatch_type (
    district_id  varchar(32)   not null references district (id),
    code         varchar(32)   not null,
    name         varchar(100)  not null,
    category     varchar(32)   not null,
    synonyms     varchar(4000) not null default '',
    examples     varchar(4000) not null default '',
    target_kind  varchar(16)   not null check (target_kind in ('ITEM', 'DEPARTMENT', 'COMMUNITY')),
    target_ref   varchar(64),
    basis        varchar(16)   not null check (basis in ('source', 'duty-list', 'inferred')),
    primary key (district_id, code),
    check ((target_kind = 'COMMUNITY') = (target_ref is null))
);

-- What routing learns from (issue 11): the newest matters whose duty item a person decided (a category
-- chosen, a manual re-route, a judged dispute), read whenever a district's routing index is rebuilt.
create index matter_labelled on matter (district_id, received_at)
    where not generated and routing_rule in ('CATEGORY', 'MANUAL', 'DISPUTE');

-- A district's duty list (职责清单): one row per item, effective-dated. Unit codes refer to the reform
-- model's layout in force; lists inside a row are joined with "、" as in the spreadsheet format.

create table duty_item (
    district_id      varchar(32)   not null references district (id),
    code             varchar(64)   not null,
    name             varchar(300)  not null,
    area             varchar(100)  not null,
    level            varchar(32)   not null,
    street_role      varchar(16)   not null,
    lead_units       varchar(500)  not null default '',
    assisting_units  varchar(1000) not null default '',
    legal_basis      varchar(1000),
    origin           varchar(200),
    effective_from   date          not null,
    effective_to     date,
    keywords         varchar(1000) not null default '',
    generated        boolean       not null default false,
    primary key (district_id, code),
    constraint duty_item_period check (effective_to is null or effective_to > effective_from)
);

create index duty_item_area on duty_item (district_id, area);

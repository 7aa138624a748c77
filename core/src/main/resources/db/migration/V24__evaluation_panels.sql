-- Issue 14 item 5: the residents' delegates of each street (议事代表) who score co-governance projects,
-- the projects themselves, and which delegate a questionnaire link was issued to. Answers stay
-- anonymous: a response never names its link, so it never names the delegate either; the link only
-- shows whether that delegate has voted.

create table delegate (
    district_id  varchar(32)  not null references district (id),
    id           varchar(36)  not null,
    street_code  varchar(32)  not null,
    name         varchar(100) not null,
    note         varchar(200) not null,
    created_at   timestamp    not null,
    -- a delegate who left: kept for the links already issued to them, offered no new ones
    retired      boolean      not null default false,
    primary key (district_id, id)
);

-- A co-governance project (共治项目) of a street, scored at the year's review by the delegates.
create table cogovernance_project (
    district_id  varchar(32)   not null references district (id),
    code         varchar(32)   not null,
    street_code  varchar(32)   not null,
    name         varchar(200)  not null,
    summary      varchar(1000) not null,
    year         integer       not null check (year between 2000 and 2100),
    primary key (district_id, code)
);

alter table survey_link add column delegate_id varchar(36);
alter table survey_link add foreign key (district_id, delegate_id) references delegate (district_id, id);
create index survey_link_delegate on survey_link (district_id, delegate_id) where delegate_id is not null;

-- Issue 10 (results, DD024): return visits (回访), assessment rules as versioned district data,
-- exclusions from assessment with their approval, the pre-reform baseline, the monthly theme
-- (每月一题). Every table is tenant-owned (district_id leads the key). Rates are never stored: they are
-- computed from these rows and the matters (DD024).

-- Generated demo matters are flagged so that nobody mistakes them for residents' own.
alter table matter add column generated boolean not null default false;

-- Rates, trends and hotspots select a district's matters by the day they were received.
create index matter_received on matter (district_id, received_at);

-- One return visit per matter: due once the matter is answered (or its time limit has passed),
-- done when staff record the call or the resident rates through their own channel. Reopening the
-- matter puts the visit back to DUE (the earlier outcome stays in the matter's history).
create table return_visit (
    district_id     varchar(32)   not null references district (id),
    matter_number   varchar(32)   not null,
    state           varchar(8)    not null check (state in ('DUE', 'DONE')),
    created_at      timestamp     not null,
    due_at          timestamp     not null,
    -- how the outcome came in: STAFF (a call) or RESIDENT (the resident's own channel)
    channel         varchar(16)   check (channel in ('STAFF', 'RESIDENT')),
    -- reached the resident; false = invalid visit (unreachable or refused)
    reached         boolean,
    unreached       varchar(16)   check (unreached in ('UNREACHABLE', 'REFUSED')),
    contacted       boolean,
    resolved        boolean,
    satisfaction    varchar(24)   check (satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED', 'NOT_SATISFIED')),
    note            varchar(1000),
    visited_by      varchar(100),
    visited_at      timestamp,
    primary key (district_id, matter_number),
    foreign key (district_id, matter_number) references matter (district_id, number),
    constraint return_visit_outcome check (
        state = 'DUE'
        or (reached = false and unreached is not null and visited_by is not null and visited_at is not null)
        or (reached = true and contacted is not null and resolved is not null and satisfaction is not null
            and visited_by is not null and visited_at is not null))
);

create index return_visit_queue on return_visit (district_id, state, due_at);

-- A district's assessment rules, one row per version; a version applies to the periods that start
-- on or after its effective date, until the next version's. Versions are never edited: a change is
-- a new version (audited in config_change with the reason).
create table assessment_rules (
    district_id           varchar(32)   not null references district (id),
    version               varchar(32)   not null,
    effective_from        date          not null,
    -- the day of the month a period starts on: 1 = calendar month, 19 = 19th to 18th
    period_start_day      integer       not null check (period_start_day between 1 and 28),
    -- VALID_VISITS (default) or ALL_VISITS (invalid visits count as not contacted / resolved / satisfied)
    denominator           varchar(16)   not null check (denominator in ('VALID_VISITS', 'ALL_VISITS')),
    basic_weight          numeric(4, 3) not null check (basic_weight between 0 and 1),
    weight_response       numeric(5, 2) not null check (weight_response >= 0),
    weight_resolution     numeric(5, 2) not null check (weight_resolution >= 0),
    weight_satisfaction   numeric(5, 2) not null check (weight_satisfaction >= 0),
    min_valid_visits      integer       not null check (min_valid_visits >= 0),
    -- the exclusion kinds a request may name, as JSON: [{"code":"EMERGENCY","name":"…"}, …]
    exclusion_kinds       text          not null,
    created_by            varchar(100)  not null,
    created_at            timestamp     not null,
    reason                varchar(1000) not null,
    primary key (district_id, version),
    unique (district_id, effective_from),
    constraint assessment_rules_weights check (weight_response + weight_resolution + weight_satisfaction = 100)
);

-- A matter taken out of assessment (Art. 11 of Beijing's regulation): requested with a kind and a
-- reason, approved or refused by the district admin. Only APPROVED rows exclude; all are listed in
-- the drill-down.
create table matter_exclusion (
    district_id     varchar(32)   not null references district (id),
    matter_number   varchar(32)   not null,
    kind            varchar(32)   not null,
    reason          varchar(1000) not null,
    requested_by    varchar(100)  not null,
    requested_at    timestamp     not null,
    state           varchar(16)   not null check (state in ('REQUESTED', 'APPROVED', 'REFUSED')),
    decided_by      varchar(100),
    decided_at      timestamp,
    decision_note   varchar(1000),
    primary key (district_id, matter_number),
    foreign key (district_id, matter_number) references matter (district_id, number)
);

create index matter_exclusion_state on matter_exclusion (district_id, state);

-- The district's rates before the reform, as published (e.g. Xicheng 39.17% / 65.76%); null where
-- the source gives none.
create table assessment_baseline (
    district_id   varchar(32)   not null references district (id),
    label         varchar(100)  not null,
    response      numeric(7, 4) check (response between 0 and 1),
    resolution    numeric(7, 4) check (resolution between 0 and 1),
    satisfaction  numeric(7, 4) check (satisfaction between 0 and 1),
    source        varchar(500),
    entered_by    varchar(100)  not null,
    entered_at    timestamp     not null,
    primary key (district_id)
);

-- 每月一题: the theme the district admin picked for a period (label as the period's, e.g. 2026-11),
-- followed by a matter category and/or keywords (separated by spaces) its matters mention.
create table monthly_theme (
    district_id   varchar(32)   not null references district (id),
    period        varchar(7)    not null,
    title         varchar(200)  not null,
    category      varchar(64),
    keywords      varchar(500),
    problems      varchar(2000),
    picked_by     varchar(100)  not null,
    picked_at     timestamp     not null,
    primary key (district_id, period)
);

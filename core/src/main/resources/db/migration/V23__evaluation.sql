-- Issue 14 (DD035): the reform's evaluation — indicator systems with their questionnaires, links to
-- answer them without login, anonymous answers per street, and assessment rounds with assessors' scores.

-- One version of a district's indicator system; never edited: a change is a new version.
create table indicator_system (
    district_id     varchar(32)   not null references district (id),
    version         varchar(32)   not null,
    name            varchar(200)  not null,
    effective_from  date          not null,
    note            varchar(2000) not null,
    created_by      varchar(100)  not null,
    created_at      timestamp     not null,
    reason          varchar(1000) not null,
    primary key (district_id, version),
    unique (district_id, effective_from)
);

-- A node of a version's tree (a category, level or item); items have a source, groups do not. Weights
-- and deductions are numeric without a fixed scale: kept exactly as saved (a weight of 33.3335 is not
-- rounded into a sum that no longer makes 100), and read back equal.
create table indicator (
    district_id   varchar(32)  not null,
    version       varchar(32)  not null,
    code          varchar(32)  not null,
    parent_code   varchar(32),
    position      integer      not null,
    name          varchar(200) not null,
    weight        numeric      not null check (weight > 0 and weight <= 100),
    subject       varchar(16)  not null check (subject in ('STREET', 'UNIT', 'DISTRICT')),
    confirmed     boolean      not null,
    source_kind   varchar(16)  check (source_kind in ('FIGURE', 'ANSWERS', 'ASSESSOR')),
    measure       varchar(32),
    deduction     numeric,
    -- the linked questions as a JSON array of "questionnaire/question"
    questions     text,
    primary key (district_id, version, code),
    foreign key (district_id, version) references indicator_system (district_id, version)
);

create table questionnaire (
    district_id   varchar(32)  not null,
    version       varchar(32)  not null,
    code          varchar(32)  not null,
    -- the order the version lists its questionnaires in
    position      integer      not null default 0,
    title         varchar(200) not null,
    audience      varchar(16)  not null check (audience in ('STAFF', 'RESIDENT', 'DELEGATE', 'STREET')),
    primary key (district_id, version, code),
    foreign key (district_id, version) references indicator_system (district_id, version)
);

create table question (
    district_id         varchar(32)  not null,
    version             varchar(32)  not null,
    questionnaire_code  varchar(32)  not null,
    code                varchar(32)  not null,
    position            integer      not null,
    kind                varchar(16)  not null check (kind in ('LIKERT', 'SINGLE', 'MULTIPLE', 'TEXT')),
    text                varchar(500) not null,
    -- a choice question's options as JSON: [{"code":"a","text":"…","score":"100"}, …]
    options             text         not null,
    primary key (district_id, version, questionnaire_code, code),
    foreign key (district_id, version, questionnaire_code) references questionnaire (district_id, version, code)
);

-- A link that answers a questionnaire once without login: only the SHA-256 of its 256-bit secret is
-- kept (like tracking codes); issued in batches, for a street or the whole district.
create table survey_link (
    district_id         varchar(32)  not null,
    token_hash          char(64)     not null,
    version             varchar(32)  not null,
    questionnaire_code  varchar(32)  not null,
    street_code         varchar(32),
    batch               varchar(36)  not null,
    issued_at           timestamp    not null,
    -- the day only: a time to the second could be matched with an anonymous response
    answered_on         date,
    primary key (district_id, token_hash),
    foreign key (district_id, version, questionnaire_code) references questionnaire (district_id, version, code)
);

create index survey_link_batch on survey_link (district_id, batch);

-- One anonymous set of answers: it names the street and the day, never the link it came through.
create table survey_response (
    district_id         varchar(32)  not null,
    id                  varchar(36)  not null,
    version             varchar(32)  not null,
    questionnaire_code  varchar(32)  not null,
    street_code         varchar(32),
    answered_on         date         not null,
    primary key (district_id, id),
    foreign key (district_id, version, questionnaire_code) references questionnaire (district_id, version, code)
);

create table survey_answer (
    district_id    varchar(32)   not null,
    response_id    varchar(36)   not null,
    question_code  varchar(32)   not null,
    -- the answer as a JSON array: ["4"] for a Likert value, option codes, or the words written
    answer         varchar(4000) not null,
    primary key (district_id, response_id, question_code),
    foreign key (district_id, response_id) references survey_response (district_id, id)
);

-- An assessment round scores the streets and the district over a span of results periods with the
-- indicator version it names.
create table assessment_round (
    district_id   varchar(32)  not null,
    code          varchar(32)  not null,
    name          varchar(200) not null,
    first_period  varchar(7)   not null,
    last_period   varchar(7)   not null,
    version       varchar(32)  not null,
    created_by    varchar(100) not null,
    created_at    timestamp    not null,
    primary key (district_id, code),
    foreign key (district_id, version) references indicator_system (district_id, version),
    check (first_period <= last_period)
);

-- An assessor's score of one item for one subject (a street's code, or '*' for the district).
create table assessor_score (
    district_id     varchar(32)   not null,
    round_code      varchar(32)   not null,
    subject         varchar(32)   not null,
    indicator_code  varchar(32)   not null,
    score           numeric       not null check (score between 0 and 100),
    reason          varchar(1000) not null,
    assessor        varchar(100)  not null,
    scored_at       timestamp     not null,
    primary key (district_id, round_code, subject, indicator_code),
    foreign key (district_id, round_code) references assessment_round (district_id, code)
);

-- Issue 15 item 2 (DD039): districts sharded across PostgreSQL databases.
--
-- The platform database (the one streetgov.db.url names, shard "main") keeps the tenant registry
-- `district` for every district, and the shard directory below. Every other shard is a database with
-- this same schema (Flyway migrates each), holding its districts' rows and, as the anchor of their
-- foreign keys, a copy of their `district` rows. These tables belong to the platform, not to a
-- district: their column is `district`, not `district_id`, so row-level security leaves them readable
-- to the application's role, which looks a district up before it is bound to one. On a shard other
-- than main they stay empty.

create table shard (
    name        varchar(32)  primary key check (name ~ '^[a-z][a-z0-9-]{0,31}$'),
    -- where it is, for people (host, port, database; never a password)
    location    varchar(300) not null,
    created_at  timestamptz  not null default now()
);

insert into shard (name, location) values ('main', 'the platform database');

-- Where a district's rows live. A district without a row here lives on main.
create table district_shard (
    district      varchar(32)  primary key references district (id),
    shard         varchar(32)  not null references shard (name),
    placed_at     timestamptz  not null default now(),
    -- set while the district is being moved: its requests are refused (503) until the move ends
    paused_since  timestamptz
);

-- Whether this database holds the district's rows. On main a district moved to (or placed on)
-- another shard keeps its registry row with here = false; every transaction of a district checks its
-- row here after taking the district's shared advisory lock, so an instance with a stale directory can
-- never write a district's rows into a database it has left (DistrictConnections).
alter table district add column here boolean not null default true;

-- Each move, what it found: per table the rows and checksums on both sides.
create table district_move (
    id           bigint generated always as identity primary key,
    district     varchar(32)   not null references district (id),
    from_shard   varchar(32)   not null references shard (name),
    to_shard     varchar(32)   not null references shard (name),
    actor        varchar(100)  not null,
    started_at   timestamptz   not null,
    finished_at  timestamptz   not null,
    pause_ms     bigint        not null,
    tables       integer       not null,
    row_count    bigint        not null,
    outcome      varchar(16)   not null check (outcome in ('moved', 'refused', 'failed')),
    -- one line per table: name, rows, checksum source, checksum target
    report       text          not null
);

-- Entering a district's transaction (DistrictConnections, once per transaction): a shared advisory
-- lock on the district — a move holds it exclusively while it copies, so it waits for the district's
-- running transactions and holds back new ones — then, in a fresh snapshot (a volatile function takes
-- one per statement), whether the district still lives in this database.
create or replace function streetgov_enter(d varchar, lock boolean) returns boolean
    language plpgsql volatile as
$$
begin
    if lock then
        perform pg_advisory_xact_lock_shared(hashtext('streetgov.district'), hashtext(d));
    end if;
    -- null when this database has never held the district (its rows here are simply none)
    return (select here from district where id = d);
end
$$;

-- Row-level security as a second line behind EclipseLink's multitenant filter (DD022).
--
-- A Flyway callback, not a migration: it runs after every migrate, also when nothing was pending, so
-- a table that any later migration adds is covered on the next start of an existing database as well
-- as on a fresh one. It is idempotent and changes nothing that is already in place.
--
-- For the application's role ${appRole} (owns nothing, not superuser, not BYPASSRLS):
--   * DML on every table of the schema but Flyway's history, usage on every sequence;
--   * every table with a district_id column gets ROW LEVEL SECURITY and the policy district_isolation:
--     a row is visible and writable only if its district_id equals the connection's app.district
--     (set per transaction by com.streetgov.tenancy.DistrictConnections). Unset or empty matches
--     nothing. Other non-owner roles have no policy, so they see nothing; the owner migrates.
-- The tenant registry `district` has no district_id column and stays readable.

do $$
declare
    app  constant text := '${appRole}';
    rule constant text := 'district_id = current_setting(''app.district'', true)';
    t    record;
    p    text;
begin
    execute format('grant usage on schema %I to %I', current_schema(), app);

    for t in
        select c.oid, c.relname, c.relkind, c.relrowsecurity,
               exists (select 1 from pg_attribute a
                        where a.attrelid = c.oid and a.attname = 'district_id' and not a.attisdropped) as tenant_owned
          from pg_class c
         where c.relnamespace = current_schema()::regnamespace
           and c.relkind in ('r', 'p', 'S')
           and c.relname <> 'flyway_schema_history'
    loop
        if t.relkind = 'S' then
            if not has_sequence_privilege(app, t.oid, 'usage') then
                execute format('grant usage on sequence %I to %I', t.relname, app);
            end if;
            continue;
        end if;

        foreach p in array array['select', 'insert', 'update', 'delete'] loop
            if not has_table_privilege(app, t.oid, p) then
                execute format('grant %s on table %I to %I', p, t.relname, app);
            end if;
        end loop;

        if t.tenant_owned then
            if not t.relrowsecurity then
                execute format('alter table %I enable row level security', t.relname);
            end if;
            -- A policy of that name for another role (the role was renamed) is replaced.
            if exists (select 1 from pg_policy pol
                        where pol.polrelid = t.oid and pol.polname = 'district_isolation'
                          and pol.polroles <> array[app::regrole::oid]) then
                execute format('drop policy district_isolation on %I', t.relname);
            end if;
            if not exists (select 1 from pg_policy pol
                            where pol.polrelid = t.oid and pol.polname = 'district_isolation') then
                execute format('create policy district_isolation on %I to %I using (%s) with check (%s)',
                               t.relname, app, rule, rule);
            end if;
        end if;
    end loop;

    -- Functions the application's role may call that run as the owner (each says why).
    if to_regprocedure('analyze_matter_tables()') is not null
       and not has_function_privilege(app, 'analyze_matter_tables()', 'execute') then
        execute format('grant execute on function analyze_matter_tables() to %I', app);
    end if;
end
$$;

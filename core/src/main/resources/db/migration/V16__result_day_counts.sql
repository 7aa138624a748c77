-- Issue 10 (speed, DD026): the counts behind the district's, streets' and units' rates, per day,
-- maintained by PostgreSQL in the same transaction as the rows they count. Rates are still computed
-- on each call from these counts by the rules in force (DD024); the drill-down still lists the raw
-- rows, and ResultDayIT recounts this table from them after every kind of change.
--
-- One row per district, day received, street and lead unit ('' = none). A done return visit of a
-- matter counts once, on the row of its matter's received day, street and unit:
--   counted        done visits of matters with no approved exclusion
--   invalid        … of which the resident was not reached (unreachable or refused)
--   contacted, resolved, satisfied, basic (basically satisfied)
--                  … of which reached and the answer said so
--   excluded_count done visits of matters with an approved exclusion
-- which are exactly the columns of com.streetgov.assessment.domain.VisitCounts.
create table result_day (
    district_id     varchar(32)  not null references district (id),
    day             date         not null,
    street          varchar(64)  not null,
    lead_unit       varchar(64)  not null,
    counted         bigint       not null default 0,
    invalid         bigint       not null default 0,
    contacted       bigint       not null default 0,
    resolved        bigint       not null default 0,
    satisfied       bigint       not null default 0,
    basic           bigint       not null default 0,
    excluded_count  bigint       not null default 0,
    primary key (district_id, day, street, lead_unit)
);

-- The statement that adds the facts a query yields — rows of (district_id, day, street, lead_unit, sign, reached,
-- contacted, resolved, satisfaction, excluded), sign +1 for a visit that now counts and -1 for one
-- that no longer does — grouped, in key order (two writers always lock rows in the same order). The
-- caller executes it: a trigger's transition tables are visible only to statements the trigger
-- function itself runs.
create function result_day_add(facts text) returns text language sql immutable as $$
    select format($sql$
        insert into result_day as r (district_id, day, street, lead_unit, counted, invalid, contacted,
                                     resolved, satisfied, basic, excluded_count)
        select district_id, day, street, lead_unit,
               coalesce(sum(sign) filter (where not excluded), 0),
               coalesce(sum(sign) filter (where not excluded and not reached), 0),
               coalesce(sum(sign) filter (where not excluded and reached and contacted), 0),
               coalesce(sum(sign) filter (where not excluded and reached and resolved), 0),
               coalesce(sum(sign) filter (where not excluded and reached and satisfaction = 'SATISFIED'), 0),
               coalesce(sum(sign) filter (where not excluded and reached
                                          and satisfaction = 'BASICALLY_SATISFIED'), 0),
               coalesce(sum(sign) filter (where excluded), 0)
          from (%s) f
         group by district_id, day, street, lead_unit
         order by district_id, day, street, lead_unit
        on conflict (district_id, day, street, lead_unit) do update
           set counted = r.counted + excluded.counted,
               invalid = r.invalid + excluded.invalid,
               contacted = r.contacted + excluded.contacted,
               resolved = r.resolved + excluded.resolved,
               satisfied = r.satisfied + excluded.satisfied,
               basic = r.basic + excluded.basic,
               excluded_count = r.excluded_count + excluded.excluded_count
        $sql$, facts)
$$;

-- Return visits change in bulk (the demo history) and one by one (a call recorded, a reopening):
-- one statement-level trigger per event, reading the transition tables.
create function result_day_on_visit() returns trigger language plpgsql as $$
declare
    changed text := case tg_op
        when 'INSERT' then 'select n.*, 1 as sign from visit_new n'
        when 'DELETE' then 'select o.*, -1 as sign from visit_old o'
        else 'select n.*, 1 as sign from visit_new n union all select o.*, -1 as sign from visit_old o'
    end;
begin
    execute result_day_add(format($sql$
        select v.district_id, m.day, m.street, m.lead_unit, v.sign, v.reached, v.contacted,
               v.resolved, v.satisfaction,
               (select true from matter_exclusion x
                 where x.district_id = v.district_id and x.matter_number = v.matter_number
                   and x.state = 'APPROVED' limit 1) is not null as excluded
          from (%s) v
          -- one primary-key lookup per changed visit (LIMIT keeps it a lookup): the bulk load runs
          -- before any statistics exist, where a planned join went quadratic
          cross join lateral (select cast(received_at as date) as day, street,
                                     coalesce(lead_unit, '') as lead_unit
                                from matter
                               where district_id = v.district_id and number = v.matter_number
                               limit 1) m
         where v.state = 'DONE'
        $sql$, changed));
    return null;
end $$;

create trigger result_day_visit_insert after insert on return_visit
    referencing new table as visit_new for each statement execute function result_day_on_visit();
create trigger result_day_visit_update after update on return_visit
    referencing old table as visit_old new table as visit_new
    for each statement execute function result_day_on_visit();
create trigger result_day_visit_delete after delete on return_visit
    referencing old table as visit_old for each statement execute function result_day_on_visit();

-- A matter moves its visit's count when its street, unit or received time changes (a re-route);
-- other updates of a matter (its workflow) fire nothing.
create function result_day_on_matter() returns trigger language plpgsql as $$
begin
    execute result_day_add(format($sql$
        select v.district_id, m.day, m.street, m.lead_unit, m.sign, v.reached, v.contacted, v.resolved,
               v.satisfaction,
               exists (select 1 from matter_exclusion x
                        where x.district_id = v.district_id and x.matter_number = v.matter_number
                          and x.state = 'APPROVED') as excluded
          from (values (%L, %L::date, %L, %L, 1), (%L, %L::date, %L, %L, -1))
               as m (number, day, street, lead_unit, sign)
          join return_visit v on v.district_id = %L and v.matter_number = m.number and v.state = 'DONE'
        $sql$,
        new.number, cast(new.received_at as date), new.street, coalesce(new.lead_unit, ''),
        old.number, cast(old.received_at as date), old.street, coalesce(old.lead_unit, ''),
        new.district_id));
    return null;
end $$;

create trigger result_day_matter_moved after update of received_at, street, lead_unit on matter
    for each row
    when (old.received_at is distinct from new.received_at or old.street is distinct from new.street
          or old.lead_unit is distinct from new.lead_unit)
    execute function result_day_on_matter();

-- An exclusion moves its matter's count between counted and excluded when it becomes or stops
-- being approved.
create function result_day_on_exclusion() returns trigger language plpgsql as $$
declare
    was boolean := tg_op <> 'INSERT' and old.state = 'APPROVED';
    now_approved boolean := tg_op <> 'DELETE' and new.state = 'APPROVED';
    row_district varchar := case when tg_op = 'DELETE' then old.district_id else new.district_id end;
    matter_no varchar := case when tg_op = 'DELETE' then old.matter_number else new.matter_number end;
begin
    if was is distinct from now_approved then
        execute result_day_add(format($sql$
            select v.district_id, cast(m.received_at as date) as day, m.street,
                   coalesce(m.lead_unit, '') as lead_unit, e.sign, v.reached, v.contacted, v.resolved,
                   v.satisfaction, e.excluded
              from (values (true, %s), (false, %s)) as e (excluded, sign)
              join return_visit v on v.district_id = %L and v.matter_number = %L and v.state = 'DONE'
              join matter m on m.district_id = v.district_id and m.number = v.matter_number
            $sql$,
            case when now_approved then 1 else -1 end, case when now_approved then -1 else 1 end,
            row_district, matter_no));
    end if;
    return null;
end $$;

create trigger result_day_exclusion after insert or update or delete on matter_exclusion
    for each row execute function result_day_on_exclusion();

-- The counts of the rows already there.
do $$ begin execute result_day_add($facts$
    select v.district_id, cast(m.received_at as date) as day, m.street,
           coalesce(m.lead_unit, '') as lead_unit, 1 as sign, v.reached, v.contacted, v.resolved,
           v.satisfaction,
           exists (select 1 from matter_exclusion x
                    where x.district_id = v.district_id and x.matter_number = v.matter_number
                      and x.state = 'APPROVED') as excluded
      from return_visit v
      join matter m on m.district_id = v.district_id and m.number = v.matter_number
     where v.state = 'DONE'
    $facts$); end $$;

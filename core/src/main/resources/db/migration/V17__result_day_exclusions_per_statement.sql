-- DD026: exclusions move their matters' counts once per statement, not once per row. V16's row
-- trigger planned and executed a dynamic statement for every approved exclusion — about 20 ms each
-- on a fresh database, 18 s of the demo districts' seeding for their 912 exclusions. Like the
-- visit trigger it now reads the statement's transition tables and looks each matter's visit and
-- received day, street and unit up by primary key.
--
-- A matter has at most one exclusion (primary key district_id, matter_number). An approved
-- exclusion that appears moves its matter's done visit from counted to excluded (+1 excluded,
-- -1 counted); one that disappears moves it back. An update contributes its old row's
-- disappearance and its new row's appearance, which cancel where the approval did not change.
drop trigger result_day_exclusion on matter_exclusion;
drop function result_day_on_exclusion();

create function result_day_on_exclusion() returns trigger language plpgsql as $$
declare
    changed text := case tg_op
        when 'INSERT' then 'select n.district_id, n.matter_number, n.state, 1 as sign from exclusion_new n'
        when 'DELETE' then 'select o.district_id, o.matter_number, o.state, -1 as sign from exclusion_old o'
        else 'select n.district_id, n.matter_number, n.state, 1 as sign from exclusion_new n'
             ' union all select o.district_id, o.matter_number, o.state, -1 as sign from exclusion_old o'
    end;
begin
    execute result_day_add(format($sql$
        select v.district_id, m.day, m.street, m.lead_unit, x.sign * e.factor as sign, v.reached,
               v.contacted, v.resolved, v.satisfaction, e.excluded
          from (%s) x
          cross join lateral (select district_id, reached, contacted, resolved, satisfaction
                                from return_visit
                               where district_id = x.district_id and matter_number = x.matter_number
                                 and state = 'DONE'
                               limit 1) v
          cross join lateral (select cast(received_at as date) as day, street,
                                     coalesce(lead_unit, '') as lead_unit
                                from matter
                               where district_id = x.district_id and number = x.matter_number
                               limit 1) m
          cross join (values (true, 1), (false, -1)) as e (excluded, factor)
         where x.state = 'APPROVED'
        $sql$, changed));
    return null;
end $$;

create trigger result_day_exclusion_insert after insert on matter_exclusion
    referencing new table as exclusion_new for each statement execute function result_day_on_exclusion();
create trigger result_day_exclusion_update after update on matter_exclusion
    referencing old table as exclusion_old new table as exclusion_new
    for each statement execute function result_day_on_exclusion();
create trigger result_day_exclusion_delete after delete on matter_exclusion
    referencing old table as exclusion_old for each statement execute function result_day_on_exclusion();

-- Planner statistics in the middle of a bulk load (DD026). The demo history is loaded in one
-- transaction per district; on a fresh database nothing has statistics yet, and the planner then
-- finds the foreign-key check of every matter_event and return_visit row (a lookup of its matter by
-- district_id and number) no cheaper through the primary key than through matter_received, whose
-- only usable column is district_id: it took the latter, and each check read the district's matters
-- so far (loading became quadratic: 27 s for Luohu's 9,216 matters). After one batch this function
-- gives the planner real figures; ANALYZE counts the calling transaction's own new rows. The
-- application's role may not ANALYZE, so it runs as the owner, touching only these tables; EXECUTE is
-- granted to the application's role by the afterMigrate callback.
create function analyze_matter_tables() returns void language plpgsql security definer
    set search_path from current as $$
begin
    analyze matter, matter_event, return_visit, matter_exclusion, whistle, whistle_summons;
end $$;
revoke execute on function analyze_matter_tables() from public;

-- Issue 10 (mend): matters answered before return visits existed (V11) get their return_visit row,
-- so that the visit queue, the 待回访 inbox filter and the rates see them like any later matter.
--
-- A rated matter's visit is DONE: through the resident's own channel (RESIDENT, by and at its latest
-- RATED event) when the matter has no staff return-visit note, else a staff call (STAFF, by and at
-- its latest RETURN_VISIT event, the note kept); reached and contacted, resolved unless not
-- satisfied, the rating as the satisfaction. An unrated one is DUE, 2 days after its latest answer
-- (RESPONDED event) like ReturnVisit.DELAY; a matter without one (not written by the application)
-- counts from its deadline. Matters that already have a row keep it.
insert into return_visit (district_id, matter_number, state, created_at, due_at, channel, reached, contacted,
                          resolved, satisfaction, note, visited_by, visited_at)
select m.district_id,
       m.number,
       case when m.rating is null then 'DUE' else 'DONE' end,
       answered.at,
       answered.at + interval '2 days',
       case when m.rating is null then null when m.return_visit is null then 'RESIDENT' else 'STAFF' end,
       case when m.rating is null then null else true end,
       case when m.rating is null then null else true end,
       case when m.rating is null then null else m.rating <> 'NOT_SATISFIED' end,
       m.rating,
       case when m.rating is null then null else m.return_visit end,
       case when m.rating is null then null else coalesce(visit.actor, 'system') end,
       case when m.rating is null then null else coalesce(visit.at, answered.at) end
from matter m
cross join lateral (
    select coalesce(max(e.at), m.due_at) as at
    from matter_event e
    where e.district_id = m.district_id and e.matter_number = m.number and e.type = 'RESPONDED') answered
left join lateral (
    select e.actor, e.at
    from matter_event e
    where e.district_id = m.district_id and e.matter_number = m.number
      and e.type = case when m.return_visit is null then 'RATED' else 'RETURN_VISIT' end
    order by e.seq desc
    limit 1) visit on true
where m.state in ('RESPONDED', 'RESOLVED', 'CLOSED')
  and not exists (select 1 from return_visit v where v.district_id = m.district_id and v.matter_number = m.number);

-- Open (unanswered) matters by deadline: the visit queue's insert of the overdue ones (due_at < now)
-- and the count of open matters read only these, however many answered matters a district keeps.
-- The predicate is written as those queries write it, literally, so the planner can use the index.
create index matter_open_due on matter (district_id, due_at) where state not in ('RESPONDED', 'RESOLVED', 'CLOSED');

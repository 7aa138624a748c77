-- Issue 11: a matter that is not for the street's units is referred (转办) to a district department
-- of the dispatch catalog (state REFERRED). The department's code and the name it had then; both null
-- while the matter is with a unit of the street or waits at the dispatch desk.
alter table matter
    add column referred_to   varchar(64),
    add column referred_name varchar(300);

-- The street's time limit no longer runs for a referred matter: the index of matters whose clock runs
-- (overdue lists, return visits of overdue matters) leaves them out, as the queries now do.
drop index matter_open_due;
create index matter_open_due on matter (district_id, due_at)
    where state not in ('RESPONDED', 'RESOLVED', 'CLOSED', 'REFERRED');

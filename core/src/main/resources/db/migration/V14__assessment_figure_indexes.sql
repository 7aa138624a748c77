-- Issue 10 (hotspots part): indexes for the figures computed on each call (nothing is stored, DD024).

-- 吹哨报到 double assessment selects a district's whistles by the time they were blown.
create index whistle_blown on whistle (district_id, blown_at);

-- The vendor's activity counts a district's open (not yet answered) matters.
create index matter_unanswered on matter (district_id) where state not in ('RESPONDED', 'RESOLVED', 'CLOSED');

-- The vendor's activity counts the return visits done per period.
create index return_visit_visited on return_visit (district_id, visited_at) where state = 'DONE';

-- Issue 13: a resident's repeat of a matter taken in within the hour is linked to it, and that
-- resident gets a tracking code of their own for the same matter: several codes per matter.
drop index open311_request_matter;
create index open311_request_matter on open311_request (district_id, matter_number);

-- The repeat check reads a street's matters of the last hour.
create index matter_street_received on matter (district_id, street, received_at);

-- Issue 13: the residents' own page hands out tracking codes like Open311 request ids (the same
-- table, the same hashing, DD021), but a resident on the page holds no client key.
alter table open311_request alter column api_key_id drop not null;

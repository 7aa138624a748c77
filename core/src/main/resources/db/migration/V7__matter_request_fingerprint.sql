-- The fingerprint (SHA-256, hex) of the normalized request that created a matter with an idempotency
-- key: the same key with a different request is refused (422) instead of returning the first matter.
-- Matters stored before have none and keep the old meaning of their key.
alter table matter add column request_fingerprint varchar(64);

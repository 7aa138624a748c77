-- pgbench baseline: one single-row insert per transaction into a table shaped like a matter's hot
-- columns (district_id leading the key, text, timestamps).
insert into bench_matter (district_id, title, description, street, received_at)
values ('xicheng', '压测诉求', '我家老人退休金很低，家里生活困难，想问问怎么申请低保？', 'street-1', now());

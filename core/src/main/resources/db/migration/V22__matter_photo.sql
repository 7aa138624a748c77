-- Issue 13 (DD033): residents' photos of a matter, stored as rows of the district beside the matter, so
-- row-level security, backups and moving a district to another server treat them like any other row.
create table matter_photo (
    district_id    varchar(32)  not null references district (id),
    matter_number  varchar(32)  not null,
    seq            integer      not null check (seq between 1 and 99),
    content_type   varchar(20)  not null check (content_type in ('image/jpeg', 'image/png')),
    bytes          bytea        not null,
    thumbnail      bytea        not null,
    size_bytes     integer      not null,
    width          integer      not null,
    height         integer      not null,
    location_kept  boolean      not null,
    uploaded_at    timestamp    not null,
    primary key (district_id, matter_number, seq),
    foreign key (district_id, matter_number) references matter (district_id, number)
);

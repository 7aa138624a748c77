-- Whether the district lets each street re-divide duties among its units (Luohu: yes).
alter table duty_settings add column streets_may_redivide boolean not null default false;

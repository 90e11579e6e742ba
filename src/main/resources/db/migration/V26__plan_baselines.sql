-- Figures of the years before the platform (2021-2025), entered by the Department from its own records: shown
-- marked as entered, audited with their before and after.
create table plan_baseline (
    target_code varchar(20)    not null,
    report_year integer        not null,
    amount      numeric(14, 2) not null,
    note        varchar(500),
    entered_at  timestamp(6) with time zone not null,
    entered_by  varchar(254)   not null,
    primary key (target_code, report_year)
);

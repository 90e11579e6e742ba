-- The Department records that it sent a year's report to the province: the deadline banner goes away, and the
-- partner agencies' reports for that year are locked (what was reported is what the sent report quoted).
create table annual_report_filing (
    report_year     integer primary key,
    document_number varchar(40),
    filed_at        timestamp(6) with time zone not null,
    filed_by        varchar(254) not null
);

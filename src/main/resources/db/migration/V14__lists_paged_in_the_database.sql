-- The officers' review queue is paged, filtered and sorted by the database. The applicant's name, commune and sector
-- are kept on the application as they were when it was last submitted (as on a paper dossier), so the queue reads
-- one table and needs no lookup in the enterprise module per row. Applications submitted before this release take
-- them from the enterprise record once, here.
alter table support_application add column applicant_name varchar(200);
alter table support_application add column commune_code varchar(5);
alter table support_application add column sector_code varchar(1);

update support_application set
    applicant_name = (select e.name from enterprise e where e.id = support_application.enterprise_id),
    commune_code = (select e.commune_code from enterprise e where e.id = support_application.enterprise_id),
    sector_code = (select e.sector_code from enterprise e where e.id = support_application.enterprise_id)
where submitted_at is not null;

-- The queue's default order (newest first) and each filter, each in that order.
create index support_application_submitted_idx on support_application (submitted_at);
create index support_application_programme_submitted_idx on support_application (programme_code, submitted_at);
create index support_application_status_submitted_idx on support_application (status, submitted_at);
create index support_application_commune_submitted_idx on support_application (commune_code, submitted_at);
create index support_application_sector_submitted_idx on support_application (sector_code, submitted_at);

-- The officers' request desk: requests in the chosen states, newest first.
create index support_request_status_created_idx on support_request (status, created_at);

-- The audit log's text search reads one lower-case column (who, on what, details) instead of lowering four per row.
alter table audit_event add column search_text varchar(2400);
update audit_event set search_text = lower(concat_ws(' ', actor_email, target_type, target_id, details));

-- An enterprise DOST entered from a paper form (at a workshop) has no account until its owner accepts an
-- invitation, and a household without e-mail gives only a phone.
alter table enterprise alter column account_id drop not null;
alter table enterprise alter column email drop not null;

-- An assessment DOST entered from a paper form: who entered it and when (submitted_at stays the day it was filled in).
alter table assessment add column entered_by varchar(254);
alter table assessment add column entered_at timestamp(6) with time zone;

-- Who acted on a request's or an application's timeline, by account as well as by name: names repeat, and the
-- personal-data export and erasure must reach one person's steps only. Empty for steps the platform took itself.
alter table request_event add column actor_account_id bigint references user_account (id);
alter table application_event add column actor_account_id bigint references user_account (id);

-- Steps from before: named by e-mail (before 2026-12) or by name; given the one account that could have taken the
-- step under that name (it existed then and has not been erased since), and left empty where two could.
update request_event set actor_account_id =
    (select a.id from user_account a
     where (a.email = request_event.actor or a.display_name = request_event.actor)
       and a.created_at <= request_event.at and a.erased_at is null)
where (select count(*) from user_account a
       where (a.email = request_event.actor or a.display_name = request_event.actor)
         and a.created_at <= request_event.at and a.erased_at is null) = 1;
update application_event set actor_account_id =
    (select a.id from user_account a
     where (a.email = application_event.actor or a.display_name = application_event.actor)
       and a.created_at <= application_event.at and a.erased_at is null)
where (select count(*) from user_account a
       where (a.email = application_event.actor or a.display_name = application_event.actor)
         and a.created_at <= application_event.at and a.erased_at is null) = 1;

create index request_event_actor_idx on request_event (actor_account_id);
create index application_event_actor_idx on application_event (actor_account_id);

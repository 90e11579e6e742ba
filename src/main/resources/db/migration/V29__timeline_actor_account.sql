-- Who acted on a request's or an application's timeline, by account as well as by name: names repeat, and the
-- personal-data erasure must reach one person's steps only. Empty for steps the platform took itself.
alter table request_event add column actor_account_id bigint references user_account (id);
alter table application_event add column actor_account_id bigint references user_account (id);

-- Steps from before: named by e-mail (before 2026-12, unique) or by a name exactly one account is shown by.
update request_event set actor_account_id =
    (select a.id from user_account a where a.email = request_event.actor or a.display_name = request_event.actor)
where (select count(*) from user_account a where a.email = request_event.actor
                                              or a.display_name = request_event.actor) = 1;
update application_event set actor_account_id =
    (select a.id from user_account a where a.email = application_event.actor
                                        or a.display_name = application_event.actor)
where (select count(*) from user_account a where a.email = application_event.actor
                                              or a.display_name = application_event.actor) = 1;

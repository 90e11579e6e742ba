-- What an enterprise does, finer than its VSIC section (crops, livestock, aquaculture, food processing, machines…):
-- advice depends on it. Empty for enterprises that have not ticked theirs yet; the application guesses until then.
create table enterprise_activity (
    enterprise_id bigint not null references enterprise (id) on delete cascade,
    activity varchar(20) not null,
    primary key (enterprise_id, activity)
);

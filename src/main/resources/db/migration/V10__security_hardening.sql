-- Security hardening (ASVS 5.0 level 2, see docs/security.md).

-- Four eyes on rules: everyone who wrote a version (created the draft, saved or deleted a file) is one of its authors,
-- and an author may not activate it; a second officer does.
create table rule_set_version_author (
    rule_set_version_id bigint       not null references rule_set_version (id),
    actor               varchar(254) not null,
    primary key (rule_set_version_id, actor)
);
insert into rule_set_version_author (rule_set_version_id, actor)
    select id, created_by from rule_set_version;

create table matching_policy_version_author (
    policy_version_id bigint       not null references matching_policy_version (id),
    actor             varchar(254) not null,
    primary key (policy_version_id, actor)
);
insert into matching_policy_version_author (policy_version_id, actor)
    select id, created_by from matching_policy_version;

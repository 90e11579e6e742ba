-- Two readers computing missing recommendations at the same moment must not store them twice.
alter table recommendation add constraint recommendation_rank_uk unique (assessment_id, rank);

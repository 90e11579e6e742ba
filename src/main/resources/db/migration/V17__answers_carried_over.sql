-- An answer filled in from an assessment the enterprise submitted earlier the same year (the quick check before the
-- full assessment): which one it came from, until the enterprise confirms or changes it (then null).
alter table assessment_answer add column carried_from bigint;

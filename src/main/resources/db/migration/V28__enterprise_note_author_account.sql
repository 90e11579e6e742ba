-- An officer's notes are theirs by account, not by name: Vietnamese names repeat (two officers may both be
-- "Nguyễn Văn An"), and the personal-data export and erasure must reach one officer's notes only.
alter table enterprise_note add column written_by_account_id bigint references user_account (id);

-- Notes written before: their author wherever exactly one account could have written the note under that name (its
-- display name, or its e-mail when it has none): an account that existed then and has not been erased since. A name
-- two such accounts share stays without an account; export and erasure then match it by name, as before.
update enterprise_note set written_by_account_id =
    (select a.id from user_account a
     where (a.display_name = enterprise_note.written_by or a.email = enterprise_note.written_by)
       and a.created_at <= enterprise_note.written_at and a.erased_at is null)
where (select count(*) from user_account a
       where (a.display_name = enterprise_note.written_by or a.email = enterprise_note.written_by)
         and a.created_at <= enterprise_note.written_at and a.erased_at is null) = 1;

create index enterprise_note_author_idx on enterprise_note (written_by_account_id);

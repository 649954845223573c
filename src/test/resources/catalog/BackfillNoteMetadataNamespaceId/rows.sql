-- 50 projects (project namespaces 5001..5050 in groups 7001..7010); 2,700 notes, ids 1..3000 with every
-- 10th missing (gaps): notes with id % 3 = 0 have no project and a group namespace_id, the others a
-- project and a namespace_id that is wrong on purpose (the project's namespace wins). Every note has a
-- note_metadata row; those of notes with id % 4 = 0 already have a namespace_id of their own (left
-- alone: neither namespace_id nor updated_at changes), the others have none. The trigger is disabled
-- while the rows are written, as GitLab's spec does, and the check is added NOT VALID afterwards.
INSERT INTO projects (id, namespace_id, project_namespace_id)
SELECT p, 7001 + p % 10, 5000 + p FROM generate_series(1, 50) p;

INSERT INTO notes (id, noteable_type, noteable_id, project_id, namespace_id, note, created_at, updated_at)
SELECT g, 'Issue', g, CASE WHEN g % 3 = 0 THEN NULL ELSE 1 + g % 50 END,
       CASE WHEN g % 3 = 0 THEN 7001 + g % 10 ELSE 9999 END, 'note ' || g,
       timestamp '2024-01-01' + g * interval '1 minute', timestamp '2024-01-01' + g * interval '1 minute'
FROM generate_series(1, 3000) g WHERE g % 10 <> 0;

ALTER TABLE note_metadata DISABLE TRIGGER set_sharding_key_for_note_metadata_on_insert_and_update;
INSERT INTO note_metadata (note_id, email_participant, created_at, updated_at, namespace_id)
SELECT id, 'user' || id || '@example.com', timestamptz '2024-02-01 00:00+00' + id * interval '1 minute',
       timestamptz '2024-03-01 00:00+00' + id * interval '1 minute', CASE WHEN id % 4 = 0 THEN 8000 + id END
FROM notes;
ALTER TABLE note_metadata ENABLE TRIGGER set_sharding_key_for_note_metadata_on_insert_and_update;
ALTER TABLE note_metadata ADD CONSTRAINT check_67a890ebba CHECK ((namespace_id IS NOT NULL)) NOT VALID;

CREATE TABLE bbm_case_note_metadata_before AS SELECT * FROM note_metadata;

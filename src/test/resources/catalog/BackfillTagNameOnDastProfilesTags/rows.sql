-- tags 1..40 named 'tag-<id>'; tag ids 41..45 do not exist.
INSERT INTO tags (id, name) SELECT g, 'tag-' || g FROM generate_series(1, 40) g;

-- 1..3500, every 6th id missing: tag_id cycles 1..45 (so some point at missing tags and stay NULL);
-- every 10th already has a tag_name of its own ('kept', not overwritten); many rows share a tag within
-- one sub-batch.
INSERT INTO dast_profiles_tags (id, dast_profile_id, tag_id, project_id, tag_name)
SELECT g, 1 + g % 300, 1 + g % 45, 1 + g % 20, CASE WHEN g % 10 = 0 THEN 'kept' END
FROM generate_series(1, 3500) g WHERE g % 6 <> 0;

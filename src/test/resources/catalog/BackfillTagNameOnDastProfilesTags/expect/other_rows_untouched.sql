-- rows that had a tag_name keep it; rows whose tag is missing stay NULL
SELECT d.id, d.tag_id, d.tag_name FROM dast_profiles_tags d
WHERE (d.id % 10 = 0 AND d.tag_name IS DISTINCT FROM 'kept')
   OR (d.id % 10 <> 0 AND d.tag_name IS NOT NULL AND NOT EXISTS (SELECT 1 FROM tags t WHERE t.id = d.tag_id))

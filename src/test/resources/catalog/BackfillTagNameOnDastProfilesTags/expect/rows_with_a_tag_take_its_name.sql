-- every row that had no tag_name and whose tag exists now has the tag's name
SELECT d.id, d.tag_id, d.tag_name FROM dast_profiles_tags d JOIN tags t ON t.id = d.tag_id
WHERE d.id % 10 <> 0 AND d.tag_name IS DISTINCT FROM t.name

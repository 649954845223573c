-- the false ones are NULL now; true and NULL stay; updated_at is untouched; no row disappears
SELECT project_id FROM project_settings
WHERE auto_duo_code_review_enabled IS DISTINCT FROM (CASE project_id % 3 WHEN 1 THEN true END)
   OR updated_at <> timestamptz '2020-01-02 00:00:00+00'
UNION ALL
SELECT count(*) FROM project_settings HAVING count(*) <> (SELECT count(*) FROM generate_series(1, 60000) p WHERE p % 7 <> 0)

-- links that existed keep their timestamps; created ones get the time of the run (insert_all sets both)
SELECT id, work_item_id, created_at, updated_at FROM work_item_parent_links
WHERE (work_item_id % 6 IN (0, 3, 4, 5) AND (created_at <> '2024-01-01' OR updated_at <> '2024-01-01'))
   OR (work_item_id % 6 IN (1, 2) AND (created_at < now() - interval '1 hour' OR updated_at <> created_at))

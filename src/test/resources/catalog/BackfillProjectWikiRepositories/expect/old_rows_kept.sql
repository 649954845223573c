-- rows that existed keep their timestamps, new ones are recent; the orphan row stays; nothing else added
SELECT w.id FROM project_wiki_repositories w
WHERE (w.project_id % 4 = 0 OR w.project_id = 7) <> (w.created_at = '2020-01-01')
   OR (w.created_at > '2020-01-01' AND (w.created_at < now() - interval '1 day' OR w.updated_at <> w.created_at))
UNION ALL
SELECT -1 WHERE (SELECT count(*) FROM project_wiki_repositories) <> (SELECT count(*) FROM projects) + 1

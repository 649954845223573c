-- no badge keeps both a group_id and a project_id
SELECT id FROM badges WHERE group_id IS NOT NULL AND project_id IS NOT NULL

-- rows whose epic is gone stay NULL; rows linked already keep their link; nothing else changes
SELECT b.id FROM bbm_case_epic_issues_before b LEFT JOIN epic_issues ei ON ei.id = b.id
WHERE ei.id IS NULL
   OR (ei.epic_id, ei.issue_id, ei.namespace_id) IS DISTINCT FROM (b.epic_id, b.issue_id, b.namespace_id)
   OR ei.relative_position IS DISTINCT FROM b.relative_position
   OR ((b.work_item_parent_link_id IS NOT NULL OR NOT EXISTS (SELECT 1 FROM epics e WHERE e.id = b.epic_id))
       AND ei.work_item_parent_link_id IS DISTINCT FROM b.work_item_parent_link_id)

-- links without a matching issue link (reversed, missing, epic gone) keep their issue_link_id; no
-- other column changes (updated_at included) and no row disappears
SELECT b.id FROM bbm_case_before b LEFT JOIN related_epic_links r ON r.id = b.id
WHERE r.id IS NULL
   OR (r.source_id, r.target_id, r.updated_at, r.link_type, r.group_id) IS DISTINCT FROM (b.source_id, b.target_id, b.updated_at, b.link_type, b.group_id)
   OR (NOT EXISTS (SELECT 1 FROM epics s JOIN issue_links il ON il.source_id = s.issue_id
                   JOIN epics t ON t.issue_id = il.target_id WHERE s.id = b.source_id AND t.id = b.target_id)
       AND r.issue_link_id IS DISTINCT FROM b.issue_link_id)

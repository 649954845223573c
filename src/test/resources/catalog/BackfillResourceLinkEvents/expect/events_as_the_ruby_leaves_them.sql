-- the link events are exactly the expected ones: one per parent note in scope whose parent issue exists, the
-- existing ones unchanged, none for other actions, missing notes, other texts or unknown iids
SELECT 'missing' AS problem, e.system_note_metadata_id FROM expected_events e
WHERE NOT EXISTS (SELECT 1 FROM resource_link_events r WHERE r.system_note_metadata_id = e.system_note_metadata_id
                    AND r.action = e.action AND r.issue_id = e.issue_id AND r.child_work_item_id = e.child_work_item_id
                    AND r.user_id = e.user_id AND r.created_at = e.created_at)
UNION ALL
SELECT 'unexpected', r.system_note_metadata_id FROM resource_link_events r
WHERE NOT EXISTS (SELECT 1 FROM expected_events e WHERE e.system_note_metadata_id = r.system_note_metadata_id)

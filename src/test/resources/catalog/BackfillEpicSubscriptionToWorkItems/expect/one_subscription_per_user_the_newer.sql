-- for each epic subscription there is exactly one subscription of that user on the work item: the
-- epic's own (moved) when it was not older than the work item's, else the work item's
SELECT o.id FROM original_subscriptions o JOIN epics e ON e.id = o.subscribable_id
LEFT JOIN original_subscriptions w ON w.subscribable_type = 'Issue' AND w.subscribable_id = e.issue_id AND w.user_id = o.user_id
WHERE o.subscribable_type = 'Epic'
  AND ((SELECT count(*) FROM subscriptions s WHERE s.subscribable_type = 'Issue' AND s.subscribable_id = e.issue_id
        AND s.user_id = o.user_id) <> 1
    OR NOT EXISTS (SELECT 1 FROM subscriptions s WHERE s.subscribable_type = 'Issue' AND s.subscribable_id = e.issue_id
        AND s.user_id = o.user_id
        AND s.id = CASE WHEN w.id IS NOT NULL AND o.updated_at < w.updated_at THEN w.id ELSE o.id END
        AND s.subscribed IS NOT DISTINCT FROM (CASE WHEN w.id IS NOT NULL AND o.updated_at < w.updated_at THEN w.subscribed ELSE o.subscribed END)
        AND s.updated_at = (CASE WHEN w.id IS NOT NULL AND o.updated_at < w.updated_at THEN w.updated_at ELSE o.updated_at END)))

-- other notifications, and design notifications whose design is missing, keep their namespace_id
SELECT o.id FROM original_notifications o JOIN p_sent_notifications n ON n.id = o.id AND n.created_at = o.created_at
WHERE (o.noteable_type <> 'DesignManagement::Design'
       OR NOT EXISTS (SELECT 1 FROM design_management_designs d WHERE d.id = o.noteable_id))
  AND n.namespace_id IS DISTINCT FROM o.namespace_id
UNION ALL
SELECT count(*) FROM p_sent_notifications HAVING count(*) <> (SELECT count(*) FROM original_notifications)

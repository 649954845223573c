-- every design notification whose design exists has the design's namespace_id
SELECT n.id, n.namespace_id FROM p_sent_notifications n JOIN design_management_designs d ON d.id = n.noteable_id
WHERE n.noteable_type = 'DesignManagement::Design' AND n.namespace_id IS DISTINCT FROM d.namespace_id

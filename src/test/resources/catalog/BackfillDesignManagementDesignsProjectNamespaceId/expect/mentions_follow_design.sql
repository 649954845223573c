-- every design user mention has its design's namespace_id
SELECT m.id FROM design_user_mentions m JOIN design_management_designs d ON d.id = m.design_id
WHERE m.namespace_id IS DISTINCT FROM d.namespace_id

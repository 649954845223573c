-- every design version has its design's namespace_id
SELECT v.id FROM design_management_designs_versions v JOIN design_management_designs d ON d.id = v.design_id
WHERE v.namespace_id IS DISTINCT FROM d.namespace_id

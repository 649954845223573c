-- no row is lost and no design's other columns change
SELECT 'designs' FROM design_management_designs d RIGHT JOIN original_designs o USING (id)
WHERE d.id IS NULL OR d.project_id <> o.project_id OR d.filename <> o.filename
UNION ALL SELECT 'versions' WHERE (SELECT count(*) FROM design_management_designs_versions) <> 2 * (SELECT count(*) FROM original_designs)

-- every version that had lost its package has a new ml_model package of its project, model name and version,
-- and a newer updated_at
SELECT v.id, v.package_id, p.id
FROM orig_versions o JOIN ml_model_versions v ON v.id = o.id
JOIN ml_models m ON m.id = v.model_id
LEFT JOIN packages_packages p ON p.id = v.package_id
WHERE o.package_id IS NULL
  AND (p.id IS NULL OR p.project_id <> v.project_id OR p.name <> m.name OR p.version IS DISTINCT FROM v.version
       OR p.package_type <> 14 OR p.status <> 0 OR v.updated_at <= o.updated_at
       OR EXISTS (SELECT 1 FROM orig_packages op WHERE op.id = p.id))

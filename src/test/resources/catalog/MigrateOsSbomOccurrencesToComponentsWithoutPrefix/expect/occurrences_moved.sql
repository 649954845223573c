-- occurrences of an in-scope component with a prefix now belong to the component without it: its id
-- and name, the version row of that component with the same version string (none when they had
-- none), and a new updated_at
SELECT o.id FROM bbm_case_occ_before o
JOIN bbm_case_pairs p ON p.src_id = o.component_id
LEFT JOIN bbm_case_cv_before old_v ON old_v.id = o.component_version_id
JOIN sbom_occurrences n ON n.id = o.id
LEFT JOIN sbom_component_versions nv ON nv.id = n.component_version_id
WHERE n.component_id <> p.dst_id OR n.component_name IS DISTINCT FROM p.dst_name OR NOT n.updated_at > o.updated_at
   OR (old_v.id IS NULL AND n.component_version_id IS NOT NULL)
   OR (old_v.id IS NOT NULL AND (nv.id IS NULL OR nv.component_id <> p.dst_id OR nv.version <> old_v.version))

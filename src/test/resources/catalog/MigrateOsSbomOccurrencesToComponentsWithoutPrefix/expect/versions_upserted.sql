-- each destination has one version row per version its new occurrences had, with the source
-- version's source_package_name and the destination's organization; a row that existed (source
-- package 'old') was overwritten and got a new updated_at
SELECT p.dst_id, old_v.version FROM bbm_case_pairs p
JOIN bbm_case_cv_before old_v ON old_v.component_id = p.src_id
JOIN sbom_components d ON d.id = p.dst_id
LEFT JOIN sbom_component_versions v ON v.component_id = p.dst_id AND v.version = old_v.version
LEFT JOIN bbm_case_cv_before was ON was.id = v.id
WHERE EXISTS (SELECT 1 FROM bbm_case_occ_before o WHERE o.component_version_id = old_v.id)
  AND (v.id IS NULL OR v.source_package_name IS DISTINCT FROM old_v.source_package_name
       OR v.organization_id <> d.organization_id OR (was.id IS NOT NULL AND NOT v.updated_at > was.updated_at))

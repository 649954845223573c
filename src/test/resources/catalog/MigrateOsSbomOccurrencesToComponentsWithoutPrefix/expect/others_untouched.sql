-- occurrences of other components (destinations, out-of-scope prefixes, components without a
-- destination) and the source components' own version rows are unchanged; no occurrence appears or
-- disappears
SELECT o.id FROM bbm_case_occ_before o LEFT JOIN sbom_occurrences n ON n.id = o.id
WHERE n.id IS NULL
   OR (NOT EXISTS (SELECT 1 FROM bbm_case_pairs p WHERE p.src_id = o.component_id) AND (n.*)::text <> (o.*)::text)
UNION ALL
SELECT -v.id FROM bbm_case_cv_before v LEFT JOIN sbom_component_versions n ON n.id = v.id
WHERE v.component_id > 1000 AND (n.id IS NULL OR (n.*)::text <> (v.*)::text)
UNION ALL
SELECT 0 WHERE (SELECT count(*) FROM sbom_occurrences) <> (SELECT count(*) FROM bbm_case_occ_before)

-- top-level groups 1..20, subgroups 21..60 (their root is traversal_ids[1]), projects 1..200 in them
INSERT INTO namespaces (id, name, path, type, parent_id, traversal_ids)
SELECT n, 'g' || n, 'g' || n, 'Group', NULL, ARRAY[n]::bigint[] FROM generate_series(1, 20) n;
INSERT INTO namespaces (id, name, path, type, parent_id, traversal_ids)
SELECT n, 'g' || n, 'g' || n, 'Group', 1 + n % 20, ARRAY[1 + n % 20, n]::bigint[] FROM generate_series(21, 60) n;
INSERT INTO projects (id, name, path, namespace_id)
SELECT p, 'p' || p, 'p' || p, 1 + p % 60 FROM generate_series(1, 200) p;

-- catalog items 1..8: 1..3 foundational flows (each reference once), 4..8 custom; versions 1..40
INSERT INTO ai_catalog_items (id, organization_id, item_type, created_at, updated_at, name, foundational_flow_reference)
SELECT i, 1, 2, now(), now(), 'item ' || i,
       (ARRAY['code_review/v1', 'fix_pipeline/v1', 'developer/v1'])[i]
FROM generate_series(1, 8) i;
INSERT INTO ai_catalog_item_versions (id, ai_catalog_item_id, created_at, updated_at, version)
SELECT v, 1 + v % 8, now(), now(), '1.0.' || v FROM generate_series(1, 40) v;

-- consumers: item x top-level group, one each; service account on most, none on every 4th; group 20 has none
INSERT INTO ai_catalog_item_consumers (id, ai_catalog_item_id, group_id, service_account_id, created_at, updated_at)
SELECT row_number() OVER (), i, g, CASE WHEN (i + g) % 4 <> 0 THEN 70000 + i * 100 + g END, now(), now()
FROM generate_series(1, 8) i, generate_series(1, 19) g;
-- project-level consumers never match (group_id NULL)
INSERT INTO ai_catalog_item_consumers (id, ai_catalog_item_id, project_id, service_account_id, created_at, updated_at)
SELECT 1000 + i, i, 5, 99999, now(), now() FROM generate_series(1, 8) i;

-- workflows 1..2500 except every 9th id: project-level (namespace from the project) or namespace-level;
-- with a catalog item version (some missing: the foundational reference is used then), or a foundational
-- workflow_definition, or neither; every 7th already has a service account (kept)
INSERT INTO duo_workflows_workflows (id, user_id, project_id, namespace_id, created_at, updated_at,
       workflow_definition, ai_catalog_item_version_id, service_account_id)
SELECT w, 1,
       CASE WHEN w % 3 <> 0 THEN 1 + w % 200 END,
       CASE WHEN w % 3 = 0 THEN 1 + w % 60 END,
       timestamptz '2026-01-01 00:00:00+00', timestamptz '2026-01-02 00:00:00+00',
       (ARRAY['code_review/v1', 'fix_pipeline/v1', 'developer/v1', 'software_development', 'chat'])[1 + w % 5],
       CASE WHEN w % 4 = 0 THEN 1 + w % 45 END,
       CASE WHEN w % 7 = 0 THEN 55555 END
FROM generate_series(1, 2500) w WHERE w % 9 <> 0;

CREATE TABLE original_workflows AS SELECT * FROM duo_workflows_workflows;

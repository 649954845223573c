-- versions whose release is missing keep their released_at; nothing else changes on any version
SELECT v.id FROM catalog_resource_versions v JOIN original_versions o ON o.id = v.id
WHERE (NOT EXISTS (SELECT 1 FROM releases r WHERE r.id = v.release_id) AND v.released_at IS DISTINCT FROM o.released_at)
   OR (v.release_id, v.catalog_resource_id, v.project_id, v.created_at)
      IS DISTINCT FROM (o.release_id, o.catalog_resource_id, o.project_id, o.created_at)

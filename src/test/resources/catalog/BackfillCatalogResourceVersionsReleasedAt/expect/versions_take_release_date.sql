-- every version whose release exists has the release's released_at
SELECT v.id FROM catalog_resource_versions v JOIN releases r ON r.id = v.release_id
WHERE v.released_at IS DISTINCT FROM r.released_at

-- 2000 releases; 2300 versions (every 13th id skipped) pointing at release (i % 2100) + 1: releases
-- 2001..2100 do not exist (those versions keep their released_at). Some versions already carry the right
-- date, most the default 1970-01-01, a few a wrong one.
INSERT INTO releases (id, tag, project_id, created_at, updated_at, released_at)
SELECT r, 'v' || r, 1, now(), now(), timestamptz '2023-01-01' + r * interval '1 hour'
FROM generate_series(1, 2000) r;
INSERT INTO catalog_resource_versions (id, release_id, catalog_resource_id, project_id, created_at, released_at)
SELECT i, (i % 2100) + 1, 1, 1, now(),
       CASE WHEN i % 5 = 0 THEN timestamptz '2023-01-01' + ((i % 2100) + 1) * interval '1 hour'
            WHEN i % 5 = 1 THEN timestamptz '2020-06-06'
            ELSE timestamptz '1970-01-01' END
FROM generate_series(1, 2500) i WHERE i % 13 <> 0;

CREATE TABLE original_versions AS SELECT * FROM catalog_resource_versions;

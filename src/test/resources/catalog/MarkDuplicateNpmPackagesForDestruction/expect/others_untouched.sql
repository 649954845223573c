-- the newest of each group and every package outside a duplicate group keep their status; none is lost
SELECT o.id FROM original_packages o LEFT JOIN packages_packages p USING (id)
WHERE p.id IS NULL
   OR (p.status <> o.status AND NOT EXISTS (
        SELECT 1 FROM (SELECT project_id, name, version, max(id) AS max_id FROM original_packages
                       WHERE package_type = 2 AND status <> 4 GROUP BY project_id, name, version HAVING count(*) > 1) d
        WHERE d.project_id = o.project_id AND d.name = o.name AND d.version = o.version AND o.id <> d.max_id))
   OR (p.status <> o.status AND p.status <> 4)
   OR (p.updated_at, p.name, p.version, p.package_type) IS DISTINCT FROM (o.updated_at, o.name, o.version, o.package_type)
UNION ALL
-- hand-made checks: some Maven 'a's were marked, no NULL-version npm 'b', no lone 'e', no Maven 'f';
-- exactly one npm 'a' per project is not pending destruction
SELECT -1 WHERE (SELECT count(*) FROM packages_packages WHERE package_type = 1 AND name = 'a' AND status = 4) = 0
   OR (SELECT count(*) FROM packages_packages WHERE name IN ('b', 'e', 'f') AND status = 4) > 0
   OR (SELECT count(*) FROM packages_packages WHERE name = 'a' AND package_type = 2 AND status <> 4)
      <> (SELECT count(DISTINCT project_id) FROM packages_packages)

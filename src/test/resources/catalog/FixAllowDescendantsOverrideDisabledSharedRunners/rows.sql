-- namespaces 1..3000 except every 7th id, with all four combinations of shared_runners_enabled and
-- allow_descendants_override_disabled_shared_runners; updated_at an old fixed time
INSERT INTO namespaces (id, name, path, type, created_at, updated_at, shared_runners_enabled,
                        allow_descendants_override_disabled_shared_runners)
SELECT g, 'ns-' || g, 'ns-' || g, CASE WHEN g % 2 = 0 THEN 'Group' ELSE 'User' END,
       '2023-01-01', '2023-01-01', g % 4 < 2, g % 2 = 0
FROM generate_series(1, 3000) g WHERE g % 7 <> 0;

CREATE TABLE original_namespaces AS SELECT * FROM namespaces;

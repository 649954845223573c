-- Objects 1..3000 (every 9th id missing) picked up: o % 5 = 0 a day ago, 1 in 10 minutes (not more than 15
-- minutes away: untouched), 2 in 40 minutes (least keeps it), 3 in 3 days and 4 in a year (both brought to an hour
-- from now).
INSERT INTO ci_deleted_objects (id, pick_up_at, store_dir, file)
SELECT o, now() + CASE o % 5 WHEN 0 THEN interval '-1 day' WHEN 1 THEN interval '10 minutes'
                             WHEN 2 THEN interval '40 minutes' WHEN 3 THEN interval '3 days' ELSE interval '1 year' END,
       'dir/' || o, 'file-' || o
FROM generate_series(1, 3000) o WHERE o % 9 <> 0;
CREATE TABLE orig_objects AS SELECT id, pick_up_at FROM ci_deleted_objects;

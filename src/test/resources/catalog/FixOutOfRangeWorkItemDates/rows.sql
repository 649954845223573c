-- issues 1..1500 with every 9th missing; by g % 6: 0 dates in range, 1 start_date after 9999-12-31,
-- 2 due_date_fixed after it (start_date NULL), 3 all four after it, 4 all NULL, 5 start_date_fixed after
-- it and due_date in range
INSERT INTO work_item_dates_sources (created_at, updated_at, issue_id, namespace_id, start_date, start_date_fixed, due_date, due_date_fixed)
SELECT timestamptz '2020-01-01 00:00+00', timestamptz '2020-01-02 00:00+00', g, 100 + g % 10,
       CASE g % 6 WHEN 0 THEN date '2024-01-01' WHEN 1 THEN date '12000-01-01' WHEN 3 THEN date '10000-05-05' WHEN 5 THEN date '2024-02-02' END,
       CASE g % 6 WHEN 0 THEN date '2024-01-02' WHEN 3 THEN date '10001-01-01' WHEN 5 THEN date '50000-01-01' END,
       CASE g % 6 WHEN 0 THEN date '2024-03-01' WHEN 1 THEN date '2025-01-01' WHEN 3 THEN date '99999-12-31' WHEN 5 THEN date '2025-06-06' END,
       CASE g % 6 WHEN 0 THEN date '2024-03-02' WHEN 2 THEN date '10000-01-01' WHEN 3 THEN date '10000-01-02' END
FROM generate_series(1, 1500) g WHERE g % 9 <> 0;
CREATE TABLE original_dates AS SELECT * FROM work_item_dates_sources;

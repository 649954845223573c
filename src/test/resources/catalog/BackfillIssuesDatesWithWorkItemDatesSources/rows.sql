-- issues 1..1800; dates sources for issue ids 1..1700 with every 6th missing, plus sources 1750..1760
-- whose issue does not exist. By issue id mod 5: 0 both dates differ (updated), 1 only start_date
-- differs, 2 only due_date differs (both left alone: the Ruby requires both to differ), 3 both equal,
-- 4 both differ through NULLs (source dates NULL, issue dates set: updated to NULL).
INSERT INTO issues (id, title, project_id, created_at, updated_at, iid, work_item_type_id, namespace_id,
    correct_work_item_type_id, start_date, due_date)
SELECT g, 'issue ' || g, 1, timestamp '2024-01-01', timestamp '2024-01-02', g, 1, 10 + g % 7, 1,
       date '2024-01-01' + g % 50, date '2024-06-01' + g % 50
FROM generate_series(1, 1800) g;
INSERT INTO work_item_dates_sources (created_at, updated_at, issue_id, namespace_id, start_date, due_date)
SELECT now(), now(), g, 10 + g % 7,
       CASE g % 5 WHEN 0 THEN date '2025-01-01' + g % 30 WHEN 1 THEN date '2025-01-01' + g % 30
                  WHEN 4 THEN NULL ELSE date '2024-01-01' + g % 50 END,
       CASE g % 5 WHEN 0 THEN date '2025-06-01' + g % 30 WHEN 2 THEN date '2025-06-01' + g % 30
                  WHEN 4 THEN NULL ELSE date '2024-06-01' + g % 50 END
FROM generate_series(1, 1760) g WHERE (g <= 1700 AND g % 6 <> 0) OR g >= 1750;
CREATE TABLE issues_before AS SELECT * FROM issues;

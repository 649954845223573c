-- every row dated on or after the cutoff is in the partitioned table (with its values, unless it was there before)
SELECT s.id FROM project_daily_statistics s, cutoff c
WHERE s.date >= c.at
  AND NOT EXISTS (SELECT 1 FROM project_daily_statistics_b8088ecbd2 d
                  WHERE d.id = s.id AND d.date = s.date AND d.project_id = s.project_id
                    AND (d.fetch_count = s.fetch_count OR EXISTS (SELECT 1 FROM original_copy o WHERE o.id = s.id)))

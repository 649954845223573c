-- the partitioned table holds only rows on or after the cutoff (no older row, no NULL date, nothing invented)
SELECT d.id FROM project_daily_statistics_b8088ecbd2 d
WHERE NOT EXISTS (SELECT 1 FROM project_daily_statistics s, cutoff c WHERE s.id = d.id AND s.date >= c.at)

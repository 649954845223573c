-- the cutoff as the Ruby computes it: 3.months.ago.beginning_of_month in UTC, as a date
CREATE TABLE cutoff AS SELECT date_trunc('month', (now() AT TIME ZONE 'UTC') - interval '3 months')::date AS at;

-- statistics 1..6000 with every 7th id missing: project (id % 40) + 1 on day (id / 40) back from today (the
-- last 150 days: about 60 % at or after the cutoff); every 97th has a NULL date (not copied); id 3001 is
-- on the cutoff day (copied), id 3002 the day before it (not copied)
INSERT INTO project_daily_statistics (id, project_id, fetch_count, date)
SELECT g, CASE WHEN g IN (3001, 3002) THEN 1000 + g ELSE (g % 40) + 1 END, g % 13,
       CASE WHEN g = 3001 THEN c.at WHEN g = 3002 THEN c.at - 1 WHEN g % 97 = 0 THEN NULL
            ELSE (now() AT TIME ZONE 'UTC')::date - (g / 40) END
FROM generate_series(1, 6000) g, cutoff c WHERE g % 7 <> 0;

-- recent rows copied already (every 10th), one with a fetch_count since changed: ON CONFLICT keeps the copy
INSERT INTO project_daily_statistics_b8088ecbd2 (id, project_id, fetch_count, date)
SELECT id, project_id, CASE WHEN id = 10 THEN 99999 ELSE fetch_count END, date
FROM project_daily_statistics, cutoff c WHERE id % 10 = 0 AND date >= c.at;

CREATE TABLE original_copy AS SELECT * FROM project_daily_statistics_b8088ecbd2;

-- no row is added or lost (1313 settings), created_at and the other columns stay
SELECT count(*) FROM project_settings
HAVING count(*) <> 1313 OR count(*) FILTER (WHERE created_at <> timestamptz '2020-01-01 00:00+00') > 0

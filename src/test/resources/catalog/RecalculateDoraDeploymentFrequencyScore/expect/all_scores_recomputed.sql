-- every score row has the score of its month: deployments of the project's production environments in that
-- calendar month per day of the month (counted another way: months compared by year and month)
SELECT s.id, s.deployment_frequency, x.f FROM dora_performance_scores s
CROSS JOIN LATERAL (
  SELECT COALESCE((SELECT SUM(m.deployment_frequency) FROM dora_daily_metrics m JOIN environments e ON e.id = m.environment_id
                   WHERE e.project_id = s.project_id AND e.tier = 0
                     AND extract(year FROM m.date) = extract(year FROM s.date)
                     AND extract(month FROM m.date) = extract(month FROM s.date)), 0)::float8
         / ((date_trunc('month', s.date) + interval '1 month')::date - date_trunc('month', s.date)::date)::float8 AS f) x
WHERE s.deployment_frequency IS DISTINCT FROM (CASE WHEN x.f < 0.033 THEN 10 WHEN x.f > 1.0 THEN 30 ELSE 20 END)

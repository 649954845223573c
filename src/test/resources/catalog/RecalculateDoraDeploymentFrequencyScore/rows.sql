-- Hand-made cases at the boundaries (expected scores in expected_scores):
--   project 1: no production metrics in January (its staging and untiered environments deployed a lot) -> 10
--   project 2: 1 deployment in April (30 days): 0.0333 > 0.033 -> 20; deployments on Mar 31 and May 1 don't count
--   project 3: two production environments, 16 + 15 = 31 deployments in March (31 days): exactly 1.0 -> 20
--   project 4: 30 deployments in February 2024 (29 days) -> 30
--   project 5: production metrics with NULL and 0 deployment_frequency only -> 10
--   project 6: no environment at all -> 10
--   project 7: 1 deployment in January (31 days): 0.0323 < 0.033 -> 10
INSERT INTO environments (id, project_id, name, slug, tier) VALUES
  (101, 1, 'production', 'production', 0), (102, 1, 'staging', 'staging', 1), (103, 1, 'review', 'review', NULL),
  (201, 2, 'production', 'production', 0), (301, 3, 'production', 'production', 0), (302, 3, 'prod-eu', 'prod-eu', 0),
  (401, 4, 'production', 'production', 0), (501, 5, 'production', 'production', 0), (701, 7, 'production', 'production', 0);
INSERT INTO dora_daily_metrics (id, environment_id, project_id, date, deployment_frequency) VALUES
  (1, 102, 1, '2024-01-10', 100), (2, 103, 1, '2024-01-11', 100),
  (3, 201, 2, '2024-04-30', 1), (4, 201, 2, '2024-03-31', 50), (5, 201, 2, '2024-05-01', 50),
  (6, 301, 3, '2024-03-01', 16), (7, 302, 3, '2024-03-31', 15),
  (8, 401, 4, '2024-02-01', 30),
  (9, 501, 5, '2024-01-05', NULL), (10, 501, 5, '2024-01-06', 0),
  (11, 701, 7, '2024-01-31', 1);
CREATE TABLE expected_scores (id bigint PRIMARY KEY, score smallint);
INSERT INTO dora_performance_scores (id, project_id, date, deployment_frequency) VALUES
  (1, 1, '2024-01-01', 99), (2, 2, '2024-04-01', NULL), (3, 3, '2024-03-01', 10), (4, 4, '2024-02-01', 10),
  (5, 5, '2024-01-01', 30), (6, 6, '2024-01-01', 30), (7, 7, '2024-01-01', 30);
INSERT INTO expected_scores VALUES (1, 10), (2, 20), (3, 20), (4, 30), (5, 10), (6, 10), (7, 10);

-- Bulk: projects 100..159, each with a production and a staging environment, daily metrics over 2023-2024, and
-- one score row per project and month (ids from 100 with gaps), all carrying a stale score
INSERT INTO environments (id, project_id, name, slug, tier)
SELECT 1000 + p * 2 + t, p, 'env-' || t, 'env-' || t, t FROM generate_series(100, 159) p, generate_series(0, 1) t;
INSERT INTO dora_daily_metrics (id, environment_id, project_id, date, deployment_frequency)
SELECT 100 + row_number() OVER (), 1000 + p * 2 + (d % 2), p, '2023-01-01'::date + d,
       CASE WHEN (p + d) % 11 = 0 THEN NULL ELSE (p * d) % (1 + p % 5) END
FROM generate_series(100, 159) p, generate_series(0, 729, 3) d;
INSERT INTO dora_performance_scores (id, project_id, date, deployment_frequency)
SELECT 100 + (p - 100) * 30 + m, p, ('2023-01-01'::date + make_interval(months => m))::date, 99
FROM generate_series(100, 159) p, generate_series(0, 23) m WHERE (p + m) % 9 <> 0;

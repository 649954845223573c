-- protected branches 1..400: odd ones of a project, even ones of a group (namespace)
INSERT INTO protected_branches (id, project_id, name, namespace_id)
SELECT b, CASE WHEN b % 2 = 1 THEN 5000 + b END, 'main', CASE WHEN b % 2 = 0 THEN 7000 + b END
FROM generate_series(1, 400) b;

-- push access levels 1..2300 with every 9th id missing; branch 1 + n % 430 (401..430 do not exist:
-- those rows stay); some already carry (wrong) values that the job overwrites
INSERT INTO protected_branch_push_access_levels (id, protected_branch_id, created_at, updated_at,
  protected_branch_project_id, protected_branch_namespace_id)
SELECT n, 1 + n % 430, timestamp '2024-01-01', timestamp '2024-01-02',
       CASE WHEN n % 5 = 0 THEN 1 END, CASE WHEN n % 5 = 0 THEN 2 END
FROM generate_series(1, 2300) n WHERE n % 9 <> 2;

CREATE TABLE original_levels AS SELECT * FROM protected_branch_push_access_levels;

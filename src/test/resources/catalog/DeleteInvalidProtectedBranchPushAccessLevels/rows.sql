-- links between projects 1..20 and groups 100..130 where (project + group) % 3 = 0
INSERT INTO project_group_links (id, project_id, group_id, created_at, updated_at)
SELECT row_number() OVER (), p, g, now(), now()
FROM generate_series(1, 20) p, generate_series(100, 130) g WHERE (p + g) % 3 = 0;

-- protected branches 1..300 except every 13th id (their access levels point at a missing branch); every
-- 25th is a group-level branch (namespace_id, no project_id: no link ever matches it)
INSERT INTO protected_branches (id, project_id, namespace_id, name, created_at, updated_at)
SELECT b, CASE WHEN b % 25 <> 0 THEN 1 + b % 20 END, CASE WHEN b % 25 = 0 THEN 100 + b % 31 END,
       'branch-' || b, now(), now()
FROM generate_series(1, 300) b WHERE b % 13 <> 0;

-- access levels 1..12000 except every 11th id; a quarter without a group (role or user levels), the
-- others for group 100 + id % 31, linked to the branch's project or not
INSERT INTO protected_branch_push_access_levels (id, protected_branch_id, access_level, user_id, group_id, created_at, updated_at)
SELECT g, 1 + g % 300, CASE WHEN g % 8 = 0 THEN 40 END, CASE WHEN g % 8 = 4 THEN 7 END,
       CASE WHEN g % 4 <> 0 THEN 100 + g % 31 END, now(), now()
FROM generate_series(1, 12000) g WHERE g % 11 <> 0;

CREATE TABLE original_levels AS SELECT * FROM protected_branch_push_access_levels;

INSERT INTO plans (id, created_at, updated_at, name, title) VALUES
  (1, now(), now(), 'premium', 'Premium'), (2, now(), now(), 'silver', 'Silver'),
  (3, now(), now(), 'premium_trial', 'Premium Trial'), (4, now(), now(), 'ultimate', 'Ultimate'),
  (5, now(), now(), 'free', 'Free');

-- top-level groups 1..60 (traversal_ids {id}); subgroups 61..90 under group id - 60 ({parent, id})
INSERT INTO namespaces (id, name, path, type, parent_id, traversal_ids, organization_id)
SELECT n, 'g' || n, 'g' || n, 'Group', NULL, ARRAY[n]::bigint[], 1 FROM generate_series(1, 60) n;
INSERT INTO namespaces (id, name, path, type, parent_id, traversal_ids, organization_id)
SELECT n, 'sg' || n, 'sg' || n, 'Group', n - 60, ARRAY[n - 60, n]::bigint[], 1 FROM generate_series(61, 90) n;

-- root groups' subscriptions: by n % 6 premium, silver, premium_trial, ultimate, free, none
INSERT INTO gitlab_subscriptions (id, namespace_id, hosted_plan_id)
SELECT n, n, n % 6 + 1 FROM generate_series(1, 60) n WHERE n % 6 <> 5;

-- projects 1..120: in a top-level group (p % 90 + 1 <= 60) or in a subgroup (its root group decides)
INSERT INTO projects (id, name, path, namespace_id, organization_id)
SELECT p, 'p' || p, 'p' || p, p % 90 + 1, 1 FROM generate_series(1, 120) p;

-- users 1..1800 with every 17th id missing: every 3rd a security policy bot (10), others humans (0)
-- or other bots (user_type 6: project bots)
INSERT INTO users (id, email, username, projects_limit, user_type, organization_id)
SELECT u, 'u' || u || '@example.com', 'u' || u, 10, CASE WHEN u % 3 = 0 THEN 10 WHEN u % 3 = 1 THEN 0 ELSE 6 END, 1
FROM generate_series(1, 1800) u WHERE u % 17 <> 0;

-- memberships: every user but each 10th gets a ProjectMember row in project u % 120 + 1; every 4th also
-- a second one (project (u * 7) % 120 + 1); every 5th bot's first membership is a GroupMember of a
-- group instead (source_type 'Namespace': not matched)
INSERT INTO members (id, access_level, source_id, source_type, user_id, type, member_namespace_id)
SELECT u, 30, CASE WHEN u % 5 = 0 THEN u % 60 + 1 ELSE u % 120 + 1 END,
       CASE WHEN u % 5 = 0 THEN 'Namespace' ELSE 'Project' END, u,
       CASE WHEN u % 5 = 0 THEN 'GroupMember' ELSE 'ProjectMember' END, 1
FROM (SELECT id AS u FROM users) x WHERE u % 10 <> 0;
INSERT INTO members (id, access_level, source_id, source_type, user_id, type, member_namespace_id)
SELECT 100000 + u, 30, (u * 7) % 120 + 1, 'Project', u, 'ProjectMember', 1
FROM (SELECT id AS u FROM users) x WHERE u % 4 = 0;

-- the users that GitLab's job deletes, computed before it runs
CREATE TABLE doomed AS
SELECT DISTINCT m.user_id AS id FROM users u
JOIN members m ON m.user_id = u.id AND m.source_type = 'Project' AND m.type = 'ProjectMember'
JOIN projects p ON p.id = m.source_id
JOIN namespaces n ON n.id = p.namespace_id
JOIN gitlab_subscriptions s ON s.namespace_id = n.traversal_ids[1]
JOIN plans pl ON pl.id = s.hosted_plan_id AND pl.name IN ('premium', 'silver', 'premium_trial')
WHERE u.user_type = 10;
CREATE TABLE original_users AS SELECT * FROM users;

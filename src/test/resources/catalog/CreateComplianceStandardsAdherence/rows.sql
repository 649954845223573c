-- two application_settings rows: ApplicationSetting.last is id 2 (author approval not prevented, committers' is)
INSERT INTO application_settings VALUES (1, true, false), (2, false, true);
-- groups 1..40, user namespaces 41..60
INSERT INTO namespaces (id, name, path, type)
SELECT g, 'ns' || g, 'ns' || g, CASE WHEN g <= 40 THEN 'Group' ELSE 'User' END FROM generate_series(1, 60) g;
-- approval settings for two groups in three, with all combinations
INSERT INTO group_merge_request_approval_settings (created_at, updated_at, group_id, allow_author_approval, allow_committer_approval)
SELECT now(), now(), g, g % 2 = 0, g % 4 < 2 FROM generate_series(1, 40) g WHERE g % 3 <> 0;
-- projects 1..2500 except every 7th id, in groups or user namespaces; the two settings NULL, true or false
INSERT INTO projects (id, name, namespace_id, merge_requests_author_approval, merge_requests_disable_committers_approval)
SELECT p, 'p' || p, 1 + p % 60,
       CASE p % 3 WHEN 0 THEN NULL WHEN 1 THEN true ELSE false END,
       CASE p % 5 WHEN 0 THEN NULL WHEN 1 THEN true ELSE false END
FROM generate_series(1, 2500) p WHERE p % 7 <> 0;
-- 0..3 approval rules per project with 0..2 approvals required each
INSERT INTO approval_project_rules (id, created_at, updated_at, project_id, approvals_required, name)
SELECT row_number() OVER (), now(), now(), p, (p + k) % 3, 'rule' FROM generate_series(1, 2500) p, generate_series(1, 3) k
WHERE k <= p % 4;
-- already there for every 10th project: check 0 with a status the job must not overwrite
INSERT INTO project_compliance_standards_adherence (created_at, updated_at, project_id, namespace_id, check_name, standard, status)
SELECT '2020-01-01', '2020-01-01', p, 1 + p % 60, 0, 0, 9 FROM generate_series(10, 2500, 10) p WHERE p % 7 <> 0;
CREATE TABLE original_adherence AS SELECT * FROM project_compliance_standards_adherence;
-- what GitLab's Ruby gives for each project in a group: [instance, group, project].compact.all? ? 1 : 0
CREATE TABLE expected_adherence AS
SELECT p.id AS project_id, p.namespace_id, c.check_name, c.status
FROM projects p JOIN namespaces n ON n.id = p.namespace_id AND n.type = 'Group'
LEFT JOIN group_merge_request_approval_settings g ON g.group_id = p.namespace_id
CROSS JOIN LATERAL (VALUES
  (0, CASE WHEN false = ANY (ARRAY[NOT (SELECT prevent_merge_requests_author_approval FROM application_settings WHERE id = 2),
                                   g.allow_author_approval, p.merge_requests_author_approval]) THEN 0 ELSE 1 END),
  (1, CASE WHEN false = ANY (ARRAY[NOT (SELECT prevent_merge_requests_committers_approval FROM application_settings WHERE id = 2),
                                   g.allow_committer_approval, p.merge_requests_disable_committers_approval IS NOT TRUE]) THEN 0 ELSE 1 END),
  (2, CASE WHEN (SELECT coalesce(sum(approvals_required), 0) FROM approval_project_rules r WHERE r.project_id = p.id) >= 2
           THEN 0 ELSE 1 END)) c(check_name, status);

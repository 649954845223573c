-- projects 1..500 (project namespace 50000 + id); noteables 1..600 of every kind (ids above 600 are missing):
-- issues in namespace 60000 + id, merge requests targeting project id (missing above 500), epics of group
-- 70000 + id, snippets of project id (personal, no project, every 10th), designs in namespace 80000 + id,
-- wiki pages of a group (namespace 90000 + id) when even, of project (id % 500) + 1 when odd
INSERT INTO projects SELECT p, 1, 50000 + p FROM generate_series(1, 500) p;
INSERT INTO issues SELECT i, 'i', 60000 + i FROM generate_series(1, 600) i;
INSERT INTO merge_requests SELECT i, i, 'mr' FROM generate_series(1, 600) i;
INSERT INTO epics SELECT i, 70000 + i, 'e' FROM generate_series(1, 600) i;
INSERT INTO snippets SELECT i, CASE WHEN i % 10 = 0 THEN NULL ELSE i END,
       CASE WHEN i % 10 = 0 THEN 'PersonalSnippet' ELSE 'ProjectSnippet' END, 1 FROM generate_series(1, 600) i;
INSERT INTO design_management_designs SELECT i, 1, 80000 + i FROM generate_series(1, 600) i;
INSERT INTO wiki_page_meta SELECT i, CASE WHEN i % 2 = 1 THEN (i % 500) + 1 END, CASE WHEN i % 2 = 0 THEN 90000 + i END, 'w'
FROM generate_series(1, 600) i;

-- notifications 1..4500 with every 7th id missing (one job of GitLab's 10,000, 20 sub-batches of 200); the type cycles with id % 9 (two kinds that are not copied:
-- PersonalSnippet and AlertManagement::Alert); noteable (id % 700) + 1, project (id % 600) + 1
INSERT INTO sent_notifications (id, project_id, noteable_id, noteable_type, recipient_id, commit_id, reply_key,
                                in_reply_to_discussion_id, issue_email_participant_id, created_at)
SELECT n, (n % 600) + 1, CASE WHEN n % 9 = 2 THEN NULL ELSE (n % 700) + 1 END,
       (ARRAY['Issue', 'MergeRequest', 'Commit', 'Epic', 'ProjectSnippet', 'DesignManagement::Design',
              'WikiPage::Meta', 'PersonalSnippet', 'AlertManagement::Alert'])[n % 9 + 1],
       n % 50, CASE WHEN n % 9 = 2 THEN md5(n::text) END, 'key-' || n,
       CASE WHEN n % 3 = 0 THEN 'disc-' || n END, CASE WHEN n % 11 = 0 THEN n END,
       timestamptz '2024-01-01 00:00:00+00' + n * interval '1 hour'
FROM generate_series(1, 4500) n WHERE n % 7 <> 0;

-- newer notifications already in the partitioned table (every 10th above 3000), with a namespace of 1: kept
INSERT INTO p_sent_notifications (id, project_id, noteable_id, noteable_type, recipient_id, commit_id, reply_key,
                                  in_reply_to_discussion_id, issue_email_participant_id, created_at, namespace_id)
SELECT id, project_id, noteable_id, noteable_type, recipient_id, commit_id, reply_key,
       in_reply_to_discussion_id, issue_email_participant_id, created_at, 1
FROM sent_notifications WHERE id > 3000 AND id % 10 = 0;
CREATE TABLE original_copy AS SELECT * FROM p_sent_notifications;

-- the namespace the Ruby gives each notification it copies (no row: not copied)
CREATE TABLE expected_namespace AS
SELECT s.id, i.namespace_id FROM sent_notifications s JOIN issues i ON i.id = s.noteable_id WHERE s.noteable_type = 'Issue'
UNION ALL
SELECT s.id, p.project_namespace_id FROM sent_notifications s JOIN merge_requests m ON m.id = s.noteable_id
  JOIN projects p ON p.id = m.target_project_id WHERE s.noteable_type = 'MergeRequest'
UNION ALL
SELECT s.id, p.project_namespace_id FROM sent_notifications s JOIN projects p ON p.id = s.project_id WHERE s.noteable_type = 'Commit'
UNION ALL
SELECT s.id, e.group_id FROM sent_notifications s JOIN epics e ON e.id = s.noteable_id WHERE s.noteable_type = 'Epic'
UNION ALL
SELECT s.id, p.project_namespace_id FROM sent_notifications s JOIN snippets sn ON sn.id = s.noteable_id
  JOIN projects p ON p.id = sn.project_id WHERE s.noteable_type = 'ProjectSnippet'
UNION ALL
SELECT s.id, d.namespace_id FROM sent_notifications s JOIN design_management_designs d ON d.id = s.noteable_id
  WHERE s.noteable_type = 'DesignManagement::Design'
UNION ALL
SELECT s.id, coalesce(w.namespace_id, p.project_namespace_id) FROM sent_notifications s
  JOIN wiki_page_meta w ON w.id = s.noteable_id LEFT JOIN projects p ON p.id = w.project_id
  WHERE s.noteable_type = 'WikiPage::Meta';

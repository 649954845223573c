-- 1..1700 with every 6th id missing; every 4th already has an organization (2 or 3: left alone)
INSERT INTO user_agent_details (id, user_agent, ip_address, subject_id, subject_type, created_at, updated_at, organization_id)
SELECT g, 'agent', '10.0.0.1', g, CASE WHEN g % 2 = 0 THEN 'Issue' ELSE 'Snippet' END, timestamp '2020-01-01',
       timestamp '2020-01-02', CASE WHEN g % 4 = 0 THEN 2 + g % 8 / 4 END
FROM generate_series(1, 1700) g WHERE g % 6 <> 0;
CREATE TABLE original_details AS SELECT * FROM user_agent_details;

-- Users 1..1500 (every 9th id missing); every 4th already has details (job_title 'keep': left alone);
-- details of a user that does not exist (5000) stay.
INSERT INTO users (id, username) SELECT u, 'user' || u FROM generate_series(1, 1500) u WHERE u % 9 <> 0;
INSERT INTO user_details (user_id, job_title, bio) SELECT id, 'keep', 'bio' || id FROM users WHERE id % 4 = 0;
INSERT INTO user_details (user_id, job_title) VALUES (5000, 'orphan');
CREATE TABLE orig_details AS SELECT user_id, job_title, bio FROM user_details;

-- deployment_merge_requests as GitLab's db/structure.sql defines it (commit 0016ea05), plus the three
-- *_convert_to_bigint columns the conversion adds: nullable bigint, as the queueing migration's spec adds them.
CREATE TABLE deployment_merge_requests (
    deployment_id bigint NOT NULL,
    merge_request_id bigint NOT NULL,
    environment_id bigint,
    project_id bigint,
    deployment_id_convert_to_bigint bigint,
    merge_request_id_convert_to_bigint bigint,
    environment_id_convert_to_bigint bigint
);
ALTER TABLE ONLY deployment_merge_requests
    ADD CONSTRAINT deployment_merge_requests_pkey PRIMARY KEY (deployment_id, merge_request_id);

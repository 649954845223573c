-- deployment_merge_requests and deployments as GitLab's db/structure.sql defines them (commit 0016ea05;
-- deployment_merge_requests already has project_id). Foreign keys dropped.
CREATE TABLE deployment_merge_requests (
    deployment_id bigint NOT NULL,
    merge_request_id bigint NOT NULL,
    environment_id bigint,
    project_id bigint
);
ALTER TABLE ONLY deployment_merge_requests
    ADD CONSTRAINT deployment_merge_requests_pkey PRIMARY KEY (deployment_id, merge_request_id);

CREATE TABLE deployments (
    id bigint NOT NULL,
    iid integer NOT NULL,
    project_id bigint NOT NULL,
    environment_id bigint NOT NULL,
    ref character varying NOT NULL,
    tag boolean NOT NULL,
    sha character varying NOT NULL,
    user_id bigint,
    deployable_type character varying,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    on_stop character varying,
    status smallint NOT NULL,
    finished_at timestamp with time zone,
    deployable_id bigint,
    archived boolean DEFAULT false NOT NULL
);
ALTER TABLE ONLY deployments ADD CONSTRAINT deployments_pkey PRIMARY KEY (id);

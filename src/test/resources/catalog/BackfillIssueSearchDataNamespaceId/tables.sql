-- issues reduced to the columns the job reads (GitLab's has many more); issue_search_data written from GitLab's
-- columns, created unpartitioned (GitLab's is hash-partitioned by project_id; the job does not depend on it) and
-- with namespace_id nullable, as before the backfill. Neither copied from db/structure.sql (look-ups were scarce).
CREATE TABLE issues (
    id bigint NOT NULL,
    title character varying,
    project_id bigint,
    namespace_id bigint NOT NULL
);
ALTER TABLE ONLY issues ADD CONSTRAINT issues_pkey PRIMARY KEY (id);

CREATE TABLE issue_search_data (
    project_id bigint NOT NULL,
    issue_id bigint NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    search_vector tsvector,
    namespace_id bigint
);
ALTER TABLE ONLY issue_search_data ADD CONSTRAINT issue_search_data_pkey PRIMARY KEY (project_id, issue_id);

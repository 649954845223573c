-- merge_request_diff_commits and merge_request_diffs as GitLab's db/structure.sql (commit 0016ea05)
-- defines them, primary key of merge_request_diff_commits (merge_request_diff_id, relative_order) as
-- GitLab has it; merge_request_diff_commits.merge_request_commits_metadata_id (bigint, NULL allowed) is
-- newer than the stored structure.sql and written from the job's Ruby, which reads it.
CREATE TABLE merge_request_diff_commits (
    authored_date timestamp without time zone,
    committed_date timestamp without time zone,
    merge_request_diff_id bigint NOT NULL,
    relative_order integer NOT NULL,
    sha bytea,
    message text,
    trailers jsonb DEFAULT '{}'::jsonb NOT NULL,
    commit_author_id bigint,
    committer_id bigint,
    merge_request_commits_metadata_id bigint
);
ALTER TABLE ONLY merge_request_diff_commits ADD CONSTRAINT merge_request_diff_commits_pkey PRIMARY KEY (merge_request_diff_id, relative_order);
-- (sha is NOT NULL in the stored structure.sql; it is nullable here so that rows exercise the Ruby's
-- "sha IS NOT NULL" filter for legacy rows)

CREATE TABLE merge_request_diffs (
    id bigint NOT NULL,
    state character varying,
    merge_request_id bigint NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    base_commit_sha character varying,
    real_size character varying,
    head_commit_sha character varying,
    start_commit_sha character varying,
    commits_count integer,
    external_diff character varying,
    external_diff_store integer DEFAULT 1,
    stored_externally boolean,
    files_count smallint,
    sorted boolean DEFAULT false NOT NULL,
    diff_type smallint DEFAULT 1 NOT NULL,
    patch_id_sha bytea,
    project_id bigint,
    CONSTRAINT check_11c5f029ad CHECK ((project_id IS NOT NULL)),
    CONSTRAINT check_93ee616ac9 CHECK ((external_diff_store IS NOT NULL))
);
ALTER TABLE ONLY merge_request_diffs ADD CONSTRAINT merge_request_diffs_pkey PRIMARY KEY (id);

-- excluded_merge_requests: from GitLab's migration CreateExcludedMergeRequests (17.10): id, and
-- merge_request_id NOT NULL (its foreign key to merge_requests dropped).
CREATE TABLE excluded_merge_requests (
    id bigserial PRIMARY KEY,
    merge_request_id bigint NOT NULL
);

-- merge_request_commits_metadata and the partitioned copy merge_request_diff_commits_b5377a7a34 are newer
-- than the stored structure.sql and were not found in the index: written from the columns the job's
-- Ruby writes, with the unique keys its ON CONFLICT clauses name ((project_id, sha); (merge_request_diff_id,
-- relative_order, project_id)). The copy is created unpartitioned: the job does not depend on it.
CREATE TABLE merge_request_commits_metadata (
    id bigserial PRIMARY KEY,
    project_id bigint NOT NULL,
    sha bytea NOT NULL,
    commit_author_id bigint,
    committer_id bigint,
    authored_date timestamp without time zone,
    committed_date timestamp without time zone,
    message text
);
CREATE UNIQUE INDEX index_merge_request_commits_metadata_on_project_id_and_sha ON merge_request_commits_metadata (project_id, sha);

CREATE TABLE merge_request_diff_commits_b5377a7a34 (
    merge_request_commits_metadata_id bigint,
    merge_request_diff_id bigint NOT NULL,
    relative_order integer NOT NULL,
    project_id bigint NOT NULL
);
ALTER TABLE ONLY merge_request_diff_commits_b5377a7a34 ADD CONSTRAINT merge_request_diff_commits_b5377a7a34_pkey PRIMARY KEY (merge_request_diff_id, relative_order, project_id);

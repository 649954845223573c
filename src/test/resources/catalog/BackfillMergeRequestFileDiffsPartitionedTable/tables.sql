-- merge_request_diff_files and merge_request_diffs as GitLab's db/structure.sql (commit 0016ea05)
-- defines them; primary keys as GitLab has them (merge_request_diff_files: merge_request_diff_id,
-- relative_order).
CREATE TABLE merge_request_diff_files (
    merge_request_diff_id bigint NOT NULL,
    relative_order integer NOT NULL,
    new_file boolean NOT NULL,
    renamed_file boolean NOT NULL,
    deleted_file boolean NOT NULL,
    too_large boolean NOT NULL,
    a_mode character varying NOT NULL,
    b_mode character varying NOT NULL,
    new_path text NOT NULL,
    old_path text NOT NULL,
    diff text,
    "binary" boolean,
    external_diff_offset integer,
    external_diff_size integer,
    generated boolean,
    encoded_file_path boolean DEFAULT false NOT NULL,
    project_id bigint
);
ALTER TABLE ONLY merge_request_diff_files ADD CONSTRAINT merge_request_diff_files_pkey PRIMARY KEY (merge_request_diff_id, relative_order);

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

-- merge_request_diff_files_99208b8fac, GitLab's partitioned copy (by range of merge_request_diff_id), is
-- not in the stored structure.sql: written from the job's Ruby (the same columns as
-- merge_request_diff_files, new_path nullable since the job writes NULLIF(new_path, old_path), primary
-- key (merge_request_diff_id, relative_order) for its ON CONFLICT). Created unpartitioned: the job does
-- not depend on the partitioning.
CREATE TABLE merge_request_diff_files_99208b8fac (
    merge_request_diff_id bigint NOT NULL,
    relative_order integer NOT NULL,
    new_file boolean NOT NULL,
    renamed_file boolean NOT NULL,
    deleted_file boolean NOT NULL,
    too_large boolean NOT NULL,
    a_mode character varying NOT NULL,
    b_mode character varying NOT NULL,
    new_path text,
    old_path text NOT NULL,
    diff text,
    "binary" boolean,
    external_diff_offset integer,
    external_diff_size integer,
    generated boolean,
    encoded_file_path boolean DEFAULT false NOT NULL,
    project_id bigint
);
ALTER TABLE ONLY merge_request_diff_files_99208b8fac ADD CONSTRAINT merge_request_diff_files_99208b8fac_pkey PRIMARY KEY (merge_request_diff_id, relative_order);

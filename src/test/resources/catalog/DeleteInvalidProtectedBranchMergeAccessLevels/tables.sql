-- protected_branches and protected_branch_merge_access_levels as GitLab's db/structure.sql (commit 0016ea05)
-- defines them (foreign keys dropped).
CREATE TABLE protected_branches (
    id bigint NOT NULL,
    project_id bigint,
    name character varying NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    code_owner_approval_required boolean DEFAULT false NOT NULL,
    allow_force_push boolean DEFAULT false NOT NULL,
    namespace_id bigint,
    CONSTRAINT protected_branches_project_id_namespace_id_any_not_null CHECK (((project_id IS NULL) <> (namespace_id IS NULL)))
);
ALTER TABLE ONLY protected_branches ADD CONSTRAINT protected_branches_pkey PRIMARY KEY (id);

CREATE TABLE protected_branch_merge_access_levels (
    id bigint NOT NULL,
    protected_branch_id bigint NOT NULL,
    access_level integer DEFAULT 40,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    user_id bigint,
    group_id bigint,
    protected_branch_project_id bigint,
    protected_branch_namespace_id bigint
);
ALTER TABLE ONLY protected_branch_merge_access_levels ADD CONSTRAINT protected_branch_merge_access_levels_pkey PRIMARY KEY (id);

-- project_group_links written from the columns GitLab gives it (not read from the stored db/structure.sql to
-- save look-ups): the job only reads project_id and group_id.
CREATE TABLE project_group_links (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    group_id bigint NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    group_access integer DEFAULT 30 NOT NULL,
    expires_at date,
    member_role_id bigint
);
ALTER TABLE ONLY project_group_links ADD CONSTRAINT project_group_links_pkey PRIMARY KEY (id);


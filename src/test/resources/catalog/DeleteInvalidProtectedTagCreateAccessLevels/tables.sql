-- protected_tags and protected_tag_create_access_levels as GitLab's db/structure.sql (commit 0016ea05)
-- defines them (foreign keys dropped).
CREATE TABLE protected_tags (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    name character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);
ALTER TABLE ONLY protected_tags ADD CONSTRAINT protected_tags_pkey PRIMARY KEY (id);

CREATE TABLE protected_tag_create_access_levels (
    id bigint NOT NULL,
    protected_tag_id bigint NOT NULL,
    access_level integer DEFAULT 40,
    user_id bigint,
    group_id bigint,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    deploy_key_id bigint,
    project_id bigint
);
ALTER TABLE ONLY protected_tag_create_access_levels ADD CONSTRAINT protected_tag_create_access_levels_pkey PRIMARY KEY (id);

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


-- design_management_designs, design_management_designs_versions and design_user_mentions as GitLab's
-- db/structure.sql (commit 0016ea05) defines them (foreign keys dropped); projects reduced to the columns
-- the job reads plus name and path (its CREATE TABLE was not located in the stored structure.sql).
CREATE TABLE projects (
    id bigint NOT NULL,
    name character varying,
    path character varying,
    namespace_id bigint NOT NULL,
    project_namespace_id bigint
);
ALTER TABLE ONLY projects ADD CONSTRAINT projects_pkey PRIMARY KEY (id);

CREATE TABLE design_management_designs (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    issue_id bigint,
    filename character varying NOT NULL,
    relative_position integer,
    iid integer,
    cached_markdown_version integer,
    description text,
    description_html text,
    imported_from smallint DEFAULT 0 NOT NULL,
    namespace_id bigint,
    CONSTRAINT check_07155e2715 CHECK ((char_length((filename)::text) <= 255)),
    CONSTRAINT check_aaf9fa6ae5 CHECK ((char_length(description) <= 1000000)),
    CONSTRAINT check_cfb92df01a CHECK ((iid IS NOT NULL)),
    CONSTRAINT check_ed4c70e3f1 CHECK ((namespace_id IS NOT NULL))
);
ALTER TABLE ONLY design_management_designs ADD CONSTRAINT design_management_designs_pkey PRIMARY KEY (id);

CREATE TABLE design_management_designs_versions (
    id bigint NOT NULL,
    design_id bigint NOT NULL,
    version_id bigint NOT NULL,
    event smallint DEFAULT 0 NOT NULL,
    image_v432x230 character varying(255),
    namespace_id bigint
);
ALTER TABLE ONLY design_management_designs_versions ADD CONSTRAINT design_management_designs_versions_pkey PRIMARY KEY (id);

CREATE TABLE design_user_mentions (
    id bigint NOT NULL,
    design_id bigint NOT NULL,
    mentioned_users_ids bigint[],
    mentioned_projects_ids bigint[],
    mentioned_groups_ids bigint[],
    note_id bigint NOT NULL,
    namespace_id bigint
);
ALTER TABLE ONLY design_user_mentions ADD CONSTRAINT design_user_mentions_pkey PRIMARY KEY (id);

-- snippets as GitLab's db/structure.sql (commit 0016ea05) defines it, without CHECK check_82c1d40fab
-- (num_nonnulls(organization_id, project_id) = 1): it was added after this migration, which is what makes it
-- hold for project snippets. Foreign keys dropped.
CREATE TABLE snippets (
    id bigint NOT NULL,
    title character varying,
    content text,
    author_id bigint NOT NULL,
    project_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    file_name character varying,
    type character varying,
    visibility_level integer DEFAULT 0 NOT NULL,
    title_html text,
    content_html text,
    cached_markdown_version integer,
    description text,
    description_html text,
    encrypted_secret_token character varying(255),
    encrypted_secret_token_iv character varying(255),
    secret boolean DEFAULT false NOT NULL,
    repository_read_only boolean DEFAULT false NOT NULL,
    imported_from smallint DEFAULT 0 NOT NULL,
    organization_id bigint
);
ALTER TABLE ONLY snippets ADD CONSTRAINT snippets_pkey PRIMARY KEY (id);

-- notes as GitLab's db/structure.sql (commit 0016ea05) defines it, plus organization_id bigint as GitLab's later
-- migration adds it (nullable). notes_archived written from the Ruby's archive column list with the types of
-- notes, id as primary key, and archived_at timestamp with time zone (the stored structure.sql predates it).
-- The tables the job only reads are written from the columns it uses (ids bigint NOT NULL primary keys).
CREATE TABLE notes (
    note text,
    noteable_type character varying,
    author_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    project_id bigint,
    attachment character varying,
    line_code character varying,
    commit_id character varying,
    noteable_id bigint,
    system boolean DEFAULT false NOT NULL,
    st_diff text,
    updated_by_id bigint,
    type character varying,
    "position" text,
    original_position text,
    resolved_at timestamp without time zone,
    resolved_by_id bigint,
    discussion_id character varying,
    note_html text,
    cached_markdown_version integer,
    change_position text,
    resolved_by_push boolean,
    review_id bigint,
    confidential boolean,
    last_edited_at timestamp with time zone,
    internal boolean DEFAULT false NOT NULL,
    id bigint NOT NULL,
    namespace_id bigint,
    imported_from smallint DEFAULT 0 NOT NULL,
    organization_id bigint
);
ALTER TABLE ONLY notes ADD CONSTRAINT notes_pkey PRIMARY KEY (id);

CREATE TABLE notes_archived (
    id bigint NOT NULL PRIMARY KEY,
    note text,
    noteable_type character varying,
    author_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    project_id bigint,
    line_code character varying,
    commit_id character varying,
    noteable_id bigint,
    system boolean DEFAULT false NOT NULL,
    st_diff text,
    updated_by_id bigint,
    type character varying,
    "position" text,
    original_position text,
    resolved_at timestamp without time zone,
    resolved_by_id bigint,
    discussion_id character varying,
    note_html text,
    cached_markdown_version integer,
    change_position text,
    resolved_by_push boolean,
    review_id bigint,
    confidential boolean,
    last_edited_at timestamp with time zone,
    internal boolean DEFAULT false NOT NULL,
    namespace_id bigint,
    imported_from smallint DEFAULT 0 NOT NULL,
    organization_id bigint,
    archived_at timestamp with time zone
);

CREATE TABLE issues (id bigint NOT NULL PRIMARY KEY, namespace_id bigint NOT NULL);
CREATE TABLE epics (id bigint NOT NULL PRIMARY KEY, group_id bigint NOT NULL);
CREATE TABLE projects (id bigint NOT NULL PRIMARY KEY, project_namespace_id bigint);
CREATE TABLE merge_requests (id bigint NOT NULL PRIMARY KEY, target_project_id bigint NOT NULL);
CREATE TABLE alert_management_alerts (id bigint NOT NULL PRIMARY KEY, project_id bigint NOT NULL);
CREATE TABLE wiki_page_meta (id bigint NOT NULL PRIMARY KEY, project_id bigint, namespace_id bigint);
CREATE TABLE snippets (id bigint NOT NULL PRIMARY KEY, author_id bigint NOT NULL, project_id bigint, organization_id bigint);
CREATE TABLE vulnerabilities (id bigint NOT NULL PRIMARY KEY, project_id bigint NOT NULL);

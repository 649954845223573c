-- notes as GitLab's db/structure.sql (commit 0016ea05) defines it, without its check check_1244cbd7d0
-- (noteable_type IS NOT NULL): GitLab added it before this job ran, and rows.sql adds it NOT VALID after the
-- old NULL rows are in, as the rows this job removes predate it. temp_notes_backup as 16.10's
-- AddTempNotesBackupTable creates it: LIKE notes, with id as primary key.
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
    imported_from smallint DEFAULT 0 NOT NULL
);
ALTER TABLE ONLY notes ADD CONSTRAINT notes_pkey PRIMARY KEY (id);

CREATE TABLE IF NOT EXISTS temp_notes_backup (LIKE notes);
ALTER TABLE temp_notes_backup ADD PRIMARY KEY (id);

-- note_metadata and notes as GitLab's db/structure.sql (commit 0016ea05) defines them. That version has
-- no note_metadata.namespace_id yet: it is added here as GitLab's spec for the class shows it (bigint,
-- with the NOT VALID check check_67a890ebba namespace_id IS NOT NULL, enforced on new writes).
-- projects is reduced to the columns the trigger reads.
CREATE TABLE note_metadata (
    note_id bigint NOT NULL,
    email_participant text,
    created_at timestamp with time zone,
    updated_at timestamp with time zone,
    namespace_id bigint,
    CONSTRAINT check_40aa5ff1c6 CHECK ((char_length(email_participant) <= 255))
);
ALTER TABLE ONLY note_metadata ADD CONSTRAINT note_metadata_pkey PRIMARY KEY (note_id);

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
    CONSTRAINT check_1244cbd7d0 CHECK ((noteable_type IS NOT NULL))
);
ALTER TABLE ONLY notes ADD CONSTRAINT notes_pkey PRIMARY KEY (id);

CREATE TABLE projects (
    id bigint NOT NULL PRIMARY KEY,
    namespace_id bigint NOT NULL,
    project_namespace_id bigint
);

-- GitLab's trigger set_sharding_key_for_note_metadata_on_insert_and_update is not in the stored
-- structure.sql; this one does what GitLab's spec for the class checks: a NULL namespace_id becomes
-- the note's project's project_namespace_id, or, for a note without a project, the note's namespace_id.
CREATE FUNCTION bbm_case_note_metadata_sharding_key() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.namespace_id IS NULL THEN
    SELECT COALESCE(projects.project_namespace_id, notes.namespace_id) INTO NEW.namespace_id
    FROM notes LEFT JOIN projects ON projects.id = notes.project_id
    WHERE notes.id = NEW.note_id;
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER set_sharding_key_for_note_metadata_on_insert_and_update BEFORE INSERT OR UPDATE ON note_metadata
  FOR EACH ROW EXECUTE FUNCTION bbm_case_note_metadata_sharding_key();

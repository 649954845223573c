-- system_note_metadata as GitLab's db/structure.sql (commit 0016ea05) defines it; issues copied from the
-- BackfillIssuesDatesWithWorkItemDatesSources case. notes and resource_link_events are written from the columns
-- the job uses and GitLab's unique index on resource_link_events.system_note_metadata_id (which the ON CONFLICT
-- needs), not copied from the stored structure.sql. Foreign keys dropped.
CREATE TABLE system_note_metadata (
    commit_count integer,
    action character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    description_version_id bigint,
    note_id bigint NOT NULL,
    id bigint NOT NULL
);
ALTER TABLE ONLY system_note_metadata ADD CONSTRAINT system_note_metadata_pkey PRIMARY KEY (id);

CREATE TABLE notes (
    note text,
    noteable_type character varying,
    author_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    project_id bigint,
    noteable_id bigint,
    system boolean DEFAULT false NOT NULL,
    id bigint NOT NULL
);
ALTER TABLE ONLY notes ADD CONSTRAINT notes_pkey PRIMARY KEY (id);

CREATE TABLE resource_link_events (
    id bigint NOT NULL,
    action smallint NOT NULL,
    user_id bigint NOT NULL,
    issue_id bigint NOT NULL,
    child_work_item_id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    system_note_metadata_id bigint
);
CREATE SEQUENCE resource_link_events_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE resource_link_events_id_seq OWNED BY resource_link_events.id;
ALTER TABLE ONLY resource_link_events ALTER COLUMN id SET DEFAULT nextval('resource_link_events_id_seq'::regclass);
ALTER TABLE ONLY resource_link_events ADD CONSTRAINT resource_link_events_pkey PRIMARY KEY (id);
CREATE UNIQUE INDEX index_resource_link_events_on_system_note_metadata_id ON resource_link_events USING btree (system_note_metadata_id);

CREATE TABLE issues (
    id bigint NOT NULL,
    title character varying,
    author_id bigint,
    project_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    description text,
    milestone_id bigint,
    iid integer,
    updated_by_id bigint,
    weight integer,
    confidential boolean DEFAULT false NOT NULL,
    due_date date,
    moved_to_id bigint,
    lock_version integer DEFAULT 0,
    title_html text,
    description_html text,
    time_estimate integer DEFAULT 0,
    relative_position integer,
    service_desk_reply_to character varying,
    cached_markdown_version integer,
    last_edited_at timestamp without time zone,
    last_edited_by_id bigint,
    discussion_locked boolean,
    closed_at timestamp with time zone,
    closed_by_id bigint,
    state_id smallint DEFAULT 1 NOT NULL,
    duplicated_to_id bigint,
    promoted_to_epic_id bigint,
    health_status smallint,
    external_key character varying(255),
    sprint_id bigint,
    blocking_issues_count integer DEFAULT 0 NOT NULL,
    upvotes_count integer DEFAULT 0 NOT NULL,
    work_item_type_id bigint,
    namespace_id bigint,
    start_date date,
    imported_from smallint DEFAULT 0 NOT NULL,
    correct_work_item_type_id bigint NOT NULL,
    author_id_convert_to_bigint bigint,
    closed_by_id_convert_to_bigint bigint,
    duplicated_to_id_convert_to_bigint bigint,
    id_convert_to_bigint bigint DEFAULT 0 NOT NULL,
    last_edited_by_id_convert_to_bigint bigint,
    milestone_id_convert_to_bigint bigint,
    moved_to_id_convert_to_bigint bigint,
    project_id_convert_to_bigint bigint,
    promoted_to_epic_id_convert_to_bigint bigint,
    updated_by_id_convert_to_bigint bigint,
    CONSTRAINT check_2addf801cd CHECK ((work_item_type_id IS NOT NULL)),
    CONSTRAINT check_c33362cd43 CHECK ((namespace_id IS NOT NULL)),
    CONSTRAINT check_fba63f706d CHECK ((lock_version IS NOT NULL))
);
ALTER TABLE ONLY issues ADD CONSTRAINT issues_pkey PRIMARY KEY (id);

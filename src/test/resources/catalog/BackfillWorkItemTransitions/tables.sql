-- issues as GitLab's db/structure.sql defines it (copied from the BackfillIssuesDatesWithWorkItemDatesSources case;
-- foreign keys dropped), and work_item_transitions as 18.3's CreateWorkItemTransitions creates it (the stored
-- db/structure.sql is older and does not have it).
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

CREATE TABLE work_item_transitions (
    work_item_id bigint NOT NULL,
    namespace_id bigint NOT NULL,
    moved_to_id bigint,
    duplicated_to_id bigint,
    promoted_to_epic_id bigint
);
ALTER TABLE ONLY work_item_transitions ADD CONSTRAINT work_item_transitions_pkey PRIMARY KEY (work_item_id);
CREATE INDEX index_work_item_transitions_on_namespace_id ON work_item_transitions USING btree (namespace_id);
CREATE INDEX index_work_item_transitions_on_moved_to_id ON work_item_transitions USING btree (moved_to_id) WHERE (moved_to_id IS NOT NULL);
CREATE INDEX index_work_item_transitions_on_duplicated_to_id ON work_item_transitions USING btree (duplicated_to_id) WHERE (duplicated_to_id IS NOT NULL);
CREATE INDEX index_work_item_transitions_on_promoted_to_epic_id ON work_item_transitions USING btree (promoted_to_epic_id) WHERE (promoted_to_epic_id IS NOT NULL);

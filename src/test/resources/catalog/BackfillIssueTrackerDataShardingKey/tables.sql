-- issue_tracker_data and integrations as GitLab's db/structure.sql defines them (foreign keys dropped).
-- The stored structure.sql predates the sharding key: issue_tracker_data.project_id, group_id and
-- organization_id and integrations.organization_id (bigint, nullable) are added here as the Ruby reads
-- and writes them.
CREATE TABLE integrations (
    id bigint NOT NULL,
    project_id bigint,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    active boolean DEFAULT false NOT NULL,
    push_events boolean DEFAULT true,
    issues_events boolean DEFAULT true,
    merge_requests_events boolean DEFAULT true,
    tag_push_events boolean DEFAULT true,
    note_events boolean DEFAULT true NOT NULL,
    category character varying DEFAULT 'common'::character varying NOT NULL,
    wiki_page_events boolean DEFAULT true,
    pipeline_events boolean DEFAULT false NOT NULL,
    confidential_issues_events boolean DEFAULT true NOT NULL,
    commit_events boolean DEFAULT true NOT NULL,
    job_events boolean DEFAULT false NOT NULL,
    confidential_note_events boolean DEFAULT true,
    deployment_events boolean DEFAULT false NOT NULL,
    comment_on_event_enabled boolean DEFAULT true NOT NULL,
    instance boolean DEFAULT false NOT NULL,
    comment_detail smallint,
    inherit_from_id bigint,
    alert_events boolean,
    group_id bigint,
    type_new text,
    vulnerability_events boolean DEFAULT false NOT NULL,
    archive_trace_events boolean DEFAULT false NOT NULL,
    encrypted_properties bytea,
    encrypted_properties_iv bytea,
    incident_events boolean DEFAULT false NOT NULL,
    group_mention_events boolean DEFAULT false NOT NULL,
    group_confidential_mention_events boolean DEFAULT false NOT NULL,
    organization_id bigint,
    CONSTRAINT check_a948a0aa7e CHECK ((char_length(type_new) <= 255))
);
ALTER TABLE ONLY integrations ADD CONSTRAINT integrations_pkey PRIMARY KEY (id);

CREATE TABLE issue_tracker_data (
    id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    encrypted_project_url character varying,
    encrypted_project_url_iv character varying,
    encrypted_issues_url character varying,
    encrypted_issues_url_iv character varying,
    encrypted_new_issue_url character varying,
    encrypted_new_issue_url_iv character varying,
    integration_id bigint,
    instance_integration_id bigint,
    project_id bigint,
    group_id bigint,
    organization_id bigint,
    CONSTRAINT check_d525c6d20b CHECK ((num_nonnulls(instance_integration_id, integration_id) = 1))
);
CREATE SEQUENCE issue_tracker_data_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE issue_tracker_data_id_seq OWNED BY issue_tracker_data.id;
ALTER TABLE ONLY issue_tracker_data ALTER COLUMN id SET DEFAULT nextval('issue_tracker_data_id_seq'::regclass);
ALTER TABLE ONLY issue_tracker_data ADD CONSTRAINT issue_tracker_data_pkey PRIMARY KEY (id);

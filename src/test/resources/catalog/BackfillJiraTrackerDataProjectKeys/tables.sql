-- jira_tracker_data as GitLab's db/structure.sql (commit 0016ea05) defines it; foreign keys dropped.
CREATE TABLE jira_tracker_data (
    id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    encrypted_url character varying,
    encrypted_url_iv character varying,
    encrypted_api_url character varying,
    encrypted_api_url_iv character varying,
    encrypted_username character varying,
    encrypted_username_iv character varying,
    encrypted_password character varying,
    encrypted_password_iv character varying,
    jira_issue_transition_id character varying,
    project_key text,
    issues_enabled boolean DEFAULT false NOT NULL,
    deployment_type smallint DEFAULT 0 NOT NULL,
    vulnerabilities_issuetype text,
    vulnerabilities_enabled boolean DEFAULT false NOT NULL,
    jira_issue_transition_automatic boolean DEFAULT false NOT NULL,
    integration_id bigint,
    jira_issue_prefix text,
    jira_issue_regex text,
    jira_auth_type smallint DEFAULT 0 NOT NULL,
    project_keys text[] DEFAULT '{}'::text[] NOT NULL,
    customize_jira_issue_enabled boolean DEFAULT false,
    instance_integration_id bigint,
    CONSTRAINT check_0bf84b76e9 CHECK ((char_length(vulnerabilities_issuetype) <= 255)),
    CONSTRAINT check_160e0f9fe2 CHECK ((num_nonnulls(instance_integration_id, integration_id) = 1)),
    CONSTRAINT check_214cf6a48b CHECK ((char_length(project_key) <= 255)),
    CONSTRAINT check_4cc5bbc801 CHECK ((char_length(jira_issue_prefix) <= 255)),
    CONSTRAINT check_9863a0a5fd CHECK ((char_length(jira_issue_regex) <= 255))
);
CREATE SEQUENCE jira_tracker_data_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE jira_tracker_data_id_seq OWNED BY jira_tracker_data.id;
ALTER TABLE ONLY jira_tracker_data ALTER COLUMN id SET DEFAULT nextval('jira_tracker_data_id_seq'::regclass);
ALTER TABLE ONLY jira_tracker_data ADD CONSTRAINT jira_tracker_data_pkey PRIMARY KEY (id);

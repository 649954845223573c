-- approval_merge_request_rules as GitLab defines it (written from GitLab's schema, the stored
-- structure.sql chunk was not read; approval_policy_action_idx as 18.x adds it, smallint DEFAULT 0
-- NOT NULL). Foreign keys and the partial unique indexes (which the job does not rely on) are left out.
CREATE TABLE approval_merge_request_rules (
    id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    merge_request_id bigint NOT NULL,
    approvals_required smallint DEFAULT 0 NOT NULL,
    name character varying NOT NULL,
    rule_type smallint DEFAULT 1 NOT NULL,
    report_type smallint,
    section text,
    modified_from_project_rule boolean DEFAULT false NOT NULL,
    orchestration_policy_idx smallint,
    vulnerabilities_allowed smallint DEFAULT 0 NOT NULL,
    scanners text[] DEFAULT '{}'::text[] NOT NULL,
    severity_levels text[] DEFAULT '{}'::text[] NOT NULL,
    vulnerability_states text[] DEFAULT '{new_needs_triage,newly_detected}'::text[] NOT NULL,
    security_orchestration_policy_configuration_id bigint,
    scan_result_policy_id bigint,
    applicable_post_merge boolean,
    project_id bigint,
    approval_policy_rule_id bigint,
    role_approvers integer[] DEFAULT '{}'::integer[] NOT NULL,
    approval_policy_action_idx smallint DEFAULT 0 NOT NULL,
    CONSTRAINT check_6fca5928b2 CHECK ((char_length((section)::text) <= 255))
);
ALTER TABLE ONLY approval_merge_request_rules ADD CONSTRAINT approval_merge_request_rules_pkey PRIMARY KEY (id);

-- approval_merge_request_rule_sources written from GitLab's definition (not read from the stored
-- db/structure.sql): the job only reads approval_merge_request_rule_id.
CREATE TABLE approval_merge_request_rule_sources (
    id bigint NOT NULL,
    approval_merge_request_rule_id bigint NOT NULL,
    approval_project_rule_id bigint NOT NULL,
    project_id bigint
);
ALTER TABLE ONLY approval_merge_request_rule_sources ADD CONSTRAINT approval_merge_request_rule_sources_pkey PRIMARY KEY (id);

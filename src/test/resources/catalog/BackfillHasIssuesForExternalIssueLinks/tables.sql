-- vulnerability_reads as GitLab's db/structure.sql (commit 0016ea05) defines it (copied from the
-- SetTotalNumberOfVulnerabilitiesForExistingProjects case); vulnerability_external_issue_links reduced to
-- id, vulnerability_id and its NOT NULL columns (its CREATE TABLE was not read).
CREATE TABLE vulnerability_reads (
    id bigint NOT NULL,
    vulnerability_id bigint NOT NULL,
    project_id bigint NOT NULL,
    scanner_id bigint NOT NULL,
    report_type smallint NOT NULL,
    severity smallint NOT NULL,
    state smallint NOT NULL,
    has_issues boolean DEFAULT false NOT NULL,
    resolved_on_default_branch boolean DEFAULT false NOT NULL,
    uuid uuid NOT NULL,
    location_image text,
    cluster_agent_id text,
    casted_cluster_agent_id bigint,
    dismissal_reason smallint,
    has_merge_request boolean DEFAULT false,
    has_remediations boolean DEFAULT false NOT NULL,
    owasp_top_10 smallint DEFAULT '-1'::integer,
    traversal_ids bigint[] DEFAULT '{}'::bigint[],
    archived boolean DEFAULT false NOT NULL,
    identifier_names text[] DEFAULT '{}'::text[] NOT NULL,
    has_vulnerability_resolution boolean DEFAULT false,
    auto_resolved boolean DEFAULT false NOT NULL,
    CONSTRAINT check_380451bdbe CHECK ((char_length(location_image) <= 2048)),
    CONSTRAINT check_4b1a1bf5ea CHECK ((has_merge_request IS NOT NULL)),
    CONSTRAINT check_a105eb825a CHECK ((char_length(cluster_agent_id) <= 10)),
    CONSTRAINT check_f5ba7c2496 CHECK ((traversal_ids IS NOT NULL))
);
CREATE SEQUENCE vulnerability_reads_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE vulnerability_reads_id_seq OWNED BY vulnerability_reads.id;
ALTER TABLE ONLY vulnerability_reads ALTER COLUMN id SET DEFAULT nextval('vulnerability_reads_id_seq'::regclass);
ALTER TABLE ONLY vulnerability_reads ADD CONSTRAINT vulnerability_reads_pkey PRIMARY KEY (id);
CREATE UNIQUE INDEX index_vulnerability_reads_on_vulnerability_id ON vulnerability_reads USING btree (vulnerability_id);
CREATE INDEX index_vulnerability_reads_on_project_id ON vulnerability_reads USING btree (project_id);

CREATE TABLE vulnerability_external_issue_links (
    id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    author_id bigint NOT NULL,
    vulnerability_id bigint NOT NULL,
    link_type smallint DEFAULT 1 NOT NULL,
    external_type smallint DEFAULT 1 NOT NULL,
    external_project_key text NOT NULL,
    external_issue_key text NOT NULL
);
ALTER TABLE ONLY vulnerability_external_issue_links ADD CONSTRAINT vulnerability_external_issue_links_pkey PRIMARY KEY (id);

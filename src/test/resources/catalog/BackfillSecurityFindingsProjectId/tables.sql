-- security_findings (partitioned by LIST (partition_number) in GitLab, primary key (id, partition_number);
-- created with one partition here, as the job does not depend on partitioning) and vulnerability_scanners,
-- written from the columns of GitLab's schema that the job and their NOT NULLs need (their CREATE TABLEs
-- were not read from the stored structure.sql; foreign keys dropped).
CREATE TABLE security_findings (
    id bigint NOT NULL,
    scan_id bigint NOT NULL,
    scanner_id bigint NOT NULL,
    severity smallint NOT NULL,
    deduplicated boolean DEFAULT false NOT NULL,
    uuid uuid,
    overridden_uuid uuid,
    partition_number integer DEFAULT 1 NOT NULL,
    finding_data jsonb DEFAULT '{}'::jsonb NOT NULL,
    project_id bigint
)
PARTITION BY LIST (partition_number);
ALTER TABLE ONLY security_findings ADD CONSTRAINT security_findings_pkey PRIMARY KEY (id, partition_number);
CREATE TABLE security_findings_1 PARTITION OF security_findings FOR VALUES IN (1);

CREATE TABLE vulnerability_scanners (
    id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    project_id bigint NOT NULL,
    external_id character varying NOT NULL,
    name character varying NOT NULL,
    vendor text DEFAULT 'GitLab'::text NOT NULL
);
ALTER TABLE ONLY vulnerability_scanners ADD CONSTRAINT vulnerability_scanners_pkey PRIMARY KEY (id);

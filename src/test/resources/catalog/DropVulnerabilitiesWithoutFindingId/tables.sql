-- vulnerabilities reduced to the column the job reads (finding_id, a nullable bigint as in GitLab's
-- db/structure.sql) plus a few of its NOT NULL columns; copied from the BackfillFindingIdInVulnerabilities case.
CREATE TABLE vulnerabilities (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    title character varying(255) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    finding_id bigint
);
ALTER TABLE ONLY vulnerabilities ADD CONSTRAINT vulnerabilities_pkey PRIMARY KEY (id);

-- vulnerabilities and vulnerability_occurrences reduced to the columns the job reads and writes plus a few
-- of their NOT NULL columns (their CREATE TABLEs were not read from the stored db/structure.sql):
-- vulnerabilities.finding_id is a nullable bigint, vulnerability_occurrences.vulnerability_id a nullable
-- bigint, as GitLab has them.
CREATE TABLE vulnerabilities (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    title character varying(255) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    finding_id bigint
);
ALTER TABLE ONLY vulnerabilities ADD CONSTRAINT vulnerabilities_pkey PRIMARY KEY (id);

CREATE TABLE vulnerability_occurrences (
    id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    project_id bigint NOT NULL,
    uuid uuid NOT NULL,
    vulnerability_id bigint
);
ALTER TABLE ONLY vulnerability_occurrences ADD CONSTRAINT vulnerability_occurrences_pkey PRIMARY KEY (id);

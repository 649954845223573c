-- vulnerability_occurrences and vulnerability_occurrence_pipelines reduced to the columns the job reads and
-- writes plus a few NOT NULL ones (their CREATE TABLEs were not read from the stored db/structure.sql);
-- initial_pipeline_id and latest_pipeline_id are nullable bigints as GitLab added them.
CREATE TABLE vulnerability_occurrences (
    id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    project_id bigint NOT NULL,
    uuid uuid NOT NULL,
    vulnerability_id bigint,
    initial_pipeline_id bigint,
    latest_pipeline_id bigint
);
ALTER TABLE ONLY vulnerability_occurrences ADD CONSTRAINT vulnerability_occurrences_pkey PRIMARY KEY (id);

CREATE TABLE vulnerability_occurrence_pipelines (
    id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    occurrence_id bigint NOT NULL,
    pipeline_id bigint NOT NULL
);
ALTER TABLE ONLY vulnerability_occurrence_pipelines ADD CONSTRAINT vulnerability_occurrence_pipelines_pkey PRIMARY KEY (id);

-- project_settings reduced to its key, its timestamps and the column the job writes: the stored
-- db/structure.sql (commit 0016ea05) predates duo_remote_flows_enabled, a nullable boolean (the job sets
-- it to NULL), and the table's seventy other columns play no part in the job.
CREATE TABLE project_settings (
    project_id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    duo_remote_flows_enabled boolean
);
ALTER TABLE ONLY project_settings ADD CONSTRAINT project_settings_pkey PRIMARY KEY (project_id);

-- project_settings reduced to its primary key, its timestamps and the column the job writes (a nullable boolean,
-- as the migration that added auto_duo_code_review_enabled defines it); the table has many more columns the job
-- does not read. Written from GitLab's schema: the part of the stored db/structure.sql read did not reach it.
CREATE TABLE project_settings (
    project_id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    show_default_award_emojis boolean DEFAULT true,
    auto_duo_code_review_enabled boolean
);
ALTER TABLE ONLY project_settings ADD CONSTRAINT project_settings_pkey PRIMARY KEY (project_id);

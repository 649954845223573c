-- project_settings: the primary key and the columns the job uses (the stored structure.sql is older
-- than duo_foundational_flows_enabled, added in 18.x as a nullable boolean), plus a few other columns.
CREATE TABLE project_settings (
    project_id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    show_default_award_emojis boolean DEFAULT true,
    duo_features_enabled boolean DEFAULT true NOT NULL,
    duo_foundational_flows_enabled boolean
);
ALTER TABLE ONLY project_settings ADD CONSTRAINT project_settings_pkey PRIMARY KEY (project_id);

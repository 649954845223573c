-- user_details as the RemoveExperimentsFromUserDetailsOnboardingStatus case writes it (primary key and
-- the columns the job uses as GitLab defines them: onboarding_status jsonb DEFAULT '{}' NOT NULL).
CREATE TABLE user_details (
    user_id bigint NOT NULL,
    job_title character varying(200) DEFAULT ''::character varying NOT NULL,
    bio character varying(255) DEFAULT ''::character varying NOT NULL,
    onboarding_status jsonb DEFAULT '{}'::jsonb NOT NULL,
    updated_at timestamp with time zone
);
ALTER TABLE ONLY user_details ADD CONSTRAINT user_details_pkey PRIMARY KEY (user_id);

-- GitLab's temporary table was made by hand on GitLab.com (not in db/structure.sql). The Ruby reads its
-- GITLAB_DOTCOM_ID and RESTORE_VALUE unquoted (so gitlab_dotcom_id and restore_value); their types are
-- assumed: bigint and boolean (an email opt-in).
CREATE TABLE temp_user_details_issue18240 (
    gitlab_dotcom_id bigint,
    restore_value boolean
);

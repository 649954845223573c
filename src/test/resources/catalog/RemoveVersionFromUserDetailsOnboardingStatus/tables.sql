-- user_details: the stored structure.sql chunk was not read (look-ups are scarce); written with the
-- primary key and the columns the job uses as GitLab defines them (onboarding_status jsonb DEFAULT
-- '{}' NOT NULL) plus a few others so that untouched columns can be checked.
CREATE TABLE user_details (
    user_id bigint NOT NULL,
    job_title character varying(200) DEFAULT ''::character varying NOT NULL,
    bio character varying(255) DEFAULT ''::character varying NOT NULL,
    onboarding_status jsonb DEFAULT '{}'::jsonb NOT NULL,
    updated_at timestamp with time zone
);
ALTER TABLE ONLY user_details ADD CONSTRAINT user_details_pkey PRIMARY KEY (user_id);

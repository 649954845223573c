-- users and user_details reduced to the columns the job reads and writes (their CREATE TABLEs were not read from
-- the stored structure.sql; both have dozens of other columns the job ignores). user_details.onboarding_status is
-- nullable here so that a NULL status is exercised, as in the BackfillOnboardingStatusSetupForCompany case.
CREATE TABLE users (
    id bigint NOT NULL,
    email character varying DEFAULT ''::character varying NOT NULL,
    onboarding_in_progress boolean DEFAULT false NOT NULL
);
ALTER TABLE ONLY users ADD CONSTRAINT users_pkey PRIMARY KEY (id);

CREATE TABLE user_details (
    user_id bigint NOT NULL,
    job_title character varying(200) DEFAULT ''::character varying NOT NULL,
    onboarding_step_url text,
    onboarding_status jsonb DEFAULT '{}'::jsonb
);
ALTER TABLE ONLY user_details ADD CONSTRAINT user_details_pkey PRIMARY KEY (user_id);

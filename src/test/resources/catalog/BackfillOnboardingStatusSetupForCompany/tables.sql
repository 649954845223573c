-- user_details and user_preferences reduced to the columns the job reads and writes (their CREATE TABLEs
-- were not read from the stored structure.sql; both have dozens of other columns the job ignores):
-- user_details keyed by user_id with the jsonb onboarding_status (nullable here, so that the Ruby's
-- COALESCE is exercised), user_preferences with its unique user_id and the nullable setup_for_company.
CREATE TABLE user_details (
    user_id bigint NOT NULL,
    job_title character varying(200) DEFAULT ''::character varying NOT NULL,
    onboarding_status jsonb DEFAULT '{}'::jsonb
);
ALTER TABLE ONLY user_details ADD CONSTRAINT user_details_pkey PRIMARY KEY (user_id);

CREATE TABLE user_preferences (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    created_at timestamp with time zone,
    updated_at timestamp with time zone,
    setup_for_company boolean
);
ALTER TABLE ONLY user_preferences ADD CONSTRAINT user_preferences_pkey PRIMARY KEY (id);
CREATE UNIQUE INDEX index_user_preferences_on_user_id ON user_preferences USING btree (user_id);

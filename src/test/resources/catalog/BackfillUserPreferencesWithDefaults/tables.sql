-- user_preferences, only the columns the job uses, as they were before this backfill (nullable: GitLab
-- made them NOT NULL afterwards; tab_width smallint, the two booleans); written from those columns, not
-- copied whole from db/structure.sql.
CREATE TABLE user_preferences (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    created_at timestamp with time zone,
    updated_at timestamp with time zone,
    tab_width smallint,
    time_display_relative boolean,
    render_whitespace_in_code boolean
);
ALTER TABLE ONLY user_preferences ADD CONSTRAINT user_preferences_pkey PRIMARY KEY (id);

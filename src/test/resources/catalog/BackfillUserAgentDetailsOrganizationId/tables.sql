-- user_agent_details as GitLab defines it (written from GitLab's schema; the stored structure.sql chunk
-- was not read). organization_id is the sharding key added as bigint, NULL allowed.
CREATE TABLE user_agent_details (
    id bigint NOT NULL,
    user_agent character varying NOT NULL,
    ip_address character varying NOT NULL,
    subject_id bigint NOT NULL,
    subject_type character varying NOT NULL,
    submitted boolean DEFAULT false NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    organization_id bigint
);
ALTER TABLE ONLY user_agent_details ADD CONSTRAINT user_agent_details_pkey PRIMARY KEY (id);

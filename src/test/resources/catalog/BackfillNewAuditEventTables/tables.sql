-- audit_events and the four new audit event tables. Not copied from db/structure.sql: these
-- range-partitioned tables lie in a part of the stored structure.sql that was not found within three
-- reads, so they are written from the columns the Ruby names and GitLab's create_table migrations
-- (audit_events: created_at timestamp WITHOUT time zone; the new tables: created_at timestamp WITH time
-- zone, primary key (id, created_at), which the Ruby's ON CONFLICT (id, created_at) relies on). GitLab
-- partitions all five by RANGE (created_at); the job does not depend on it, so they are plain tables here.
CREATE TABLE audit_events (
    id bigint NOT NULL,
    author_id bigint NOT NULL,
    entity_id bigint NOT NULL,
    entity_type character varying NOT NULL,
    details text,
    ip_address inet,
    author_name text,
    entity_path text,
    target_details text,
    created_at timestamp without time zone NOT NULL,
    target_type text,
    target_id bigint,
    CONSTRAINT check_492aaa021d CHECK ((char_length(entity_path) <= 5500)),
    CONSTRAINT check_83ff8406e2 CHECK ((char_length(author_name) <= 255)),
    CONSTRAINT check_97a8c868e7 CHECK ((char_length(target_type) <= 255)),
    CONSTRAINT check_d493ec90b5 CHECK ((char_length(target_details) <= 5500))
);
ALTER TABLE ONLY audit_events ADD CONSTRAINT audit_events_pkey PRIMARY KEY (id, created_at);

CREATE TABLE project_audit_events (
    id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    project_id bigint NOT NULL,
    author_id bigint NOT NULL,
    target_id bigint,
    event_name text,
    details text,
    ip_address inet,
    author_name text,
    entity_path text,
    target_details text,
    target_type text,
    CHECK ((char_length(author_name) <= 255)),
    CHECK ((char_length(entity_path) <= 5500)),
    CHECK ((char_length(target_details) <= 5500)),
    CHECK ((char_length(target_type) <= 255)),
    CHECK ((char_length(event_name) <= 255))
);
ALTER TABLE ONLY project_audit_events ADD CONSTRAINT project_audit_events_pkey PRIMARY KEY (id, created_at);

CREATE TABLE group_audit_events (LIKE project_audit_events INCLUDING DEFAULTS INCLUDING CONSTRAINTS);
ALTER TABLE group_audit_events RENAME COLUMN project_id TO group_id;
ALTER TABLE ONLY group_audit_events ADD CONSTRAINT group_audit_events_pkey PRIMARY KEY (id, created_at);

CREATE TABLE user_audit_events (LIKE project_audit_events INCLUDING DEFAULTS INCLUDING CONSTRAINTS);
ALTER TABLE user_audit_events RENAME COLUMN project_id TO user_id;
ALTER TABLE ONLY user_audit_events ADD CONSTRAINT user_audit_events_pkey PRIMARY KEY (id, created_at);

CREATE TABLE instance_audit_events (LIKE project_audit_events INCLUDING DEFAULTS INCLUDING CONSTRAINTS);
ALTER TABLE instance_audit_events DROP COLUMN project_id;
ALTER TABLE ONLY instance_audit_events ADD CONSTRAINT instance_audit_events_pkey PRIMARY KEY (id, created_at);

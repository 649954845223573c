-- audit_events and instance_audit_events, both partitioned by RANGE (created_at) in GitLab with primary key
-- (id, created_at), which ON CONFLICT (id, created_at) relies on. Written from the columns of GitLab's schema
-- the job reads and writes (their CREATE TABLEs sit in the partitioned tables' section of the stored
-- structure.sql, which was not read); created with one partition each. created_at is timestamptz in both here:
-- whether GitLab's audit_events.created_at is without time zone was not checked (if it is, GitLab writes the
-- copy through Rails' UTC session and bbm's INSERT ... SELECT converts in its own session time zone).
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
    created_at timestamp with time zone NOT NULL,
    target_type text,
    target_id bigint
)
PARTITION BY RANGE (created_at);
ALTER TABLE ONLY audit_events ADD CONSTRAINT audit_events_pkey PRIMARY KEY (id, created_at);
CREATE TABLE audit_events_all PARTITION OF audit_events FOR VALUES FROM (MINVALUE) TO (MAXVALUE);

CREATE TABLE instance_audit_events (
    id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    author_id bigint NOT NULL,
    target_id bigint,
    event_name text,
    details text,
    ip_address inet,
    author_name text,
    entity_path text,
    target_details text,
    target_type text
)
PARTITION BY RANGE (created_at);
ALTER TABLE ONLY instance_audit_events ADD CONSTRAINT instance_audit_events_pkey PRIMARY KEY (id, created_at);
CREATE TABLE instance_audit_events_all PARTITION OF instance_audit_events FOR VALUES FROM (MINVALUE) TO (MAXVALUE);

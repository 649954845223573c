-- p_sent_notifications (monthly range partitions on created_at, primary key (id, created_at)) with the columns the
-- BackfillSentNotificationsAfterPartition Ruby writes, and design_management_designs as GitLab's db/structure.sql
-- defines it. p_sent_notifications was written from GitLab's schema and that Ruby's column list: its CREATE TABLE
-- is not in the stored db/structure.sql.
CREATE TABLE p_sent_notifications (
    id bigint NOT NULL,
    project_id bigint,
    noteable_id bigint,
    noteable_type character varying,
    recipient_id bigint,
    commit_id character varying,
    reply_key character varying NOT NULL,
    in_reply_to_discussion_id character varying,
    issue_email_participant_id bigint,
    created_at timestamp with time zone NOT NULL,
    namespace_id bigint NOT NULL,
    PRIMARY KEY (id, created_at)
) PARTITION BY RANGE (created_at);
CREATE TABLE p_sent_notifications_2024 PARTITION OF p_sent_notifications FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE p_sent_notifications_later PARTITION OF p_sent_notifications FOR VALUES FROM ('2025-01-01') TO (MAXVALUE);

CREATE TABLE design_management_designs (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    issue_id bigint,
    filename character varying NOT NULL,
    relative_position integer,
    iid integer,
    cached_markdown_version integer,
    description text,
    description_html text,
    imported_from smallint DEFAULT 0 NOT NULL,
    namespace_id bigint,
    CONSTRAINT check_07155e2715 CHECK ((char_length((filename)::text) <= 255)),
    CONSTRAINT check_aaf9fa6ae5 CHECK ((char_length(description) <= 1000000)),
    CONSTRAINT check_cfb92df01a CHECK ((iid IS NOT NULL)),
    CONSTRAINT check_ed4c70e3f1 CHECK ((namespace_id IS NOT NULL))
);
ALTER TABLE ONLY design_management_designs ADD CONSTRAINT design_management_designs_pkey PRIMARY KEY (id);

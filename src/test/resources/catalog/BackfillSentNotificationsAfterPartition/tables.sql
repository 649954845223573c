-- sent_notifications and its partitioned copy p_sent_notifications (monthly range partitions on created_at on
-- GitLab, primary key (id, created_at); one partition for everything here, the job does not depend on the
-- partitioning), and the noteable tables reduced to the columns the job reads plus a few NOT NULL ones. Written
-- from GitLab's schema and the Ruby's column lists: these CREATE TABLEs were not in the parts of the stored
-- db/structure.sql read for this case.
CREATE TABLE sent_notifications (
    id bigint NOT NULL,
    project_id bigint,
    noteable_id bigint,
    noteable_type character varying,
    recipient_id bigint,
    commit_id character varying,
    reply_key character varying NOT NULL,
    in_reply_to_discussion_id character varying,
    issue_email_participant_id bigint,
    created_at timestamp with time zone NOT NULL
);
ALTER TABLE ONLY sent_notifications ADD CONSTRAINT sent_notifications_pkey PRIMARY KEY (id);
CREATE UNIQUE INDEX index_sent_notifications_on_reply_key ON sent_notifications USING btree (reply_key);

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
CREATE TABLE p_sent_notifications_all PARTITION OF p_sent_notifications FOR VALUES FROM (MINVALUE) TO (MAXVALUE);

CREATE TABLE projects (id bigint NOT NULL PRIMARY KEY, namespace_id bigint NOT NULL, project_namespace_id bigint);
CREATE TABLE issues (id bigint NOT NULL PRIMARY KEY, title character varying, namespace_id bigint NOT NULL);
CREATE TABLE merge_requests (id bigint NOT NULL PRIMARY KEY, target_project_id bigint NOT NULL, title character varying);
CREATE TABLE epics (id bigint NOT NULL PRIMARY KEY, group_id bigint NOT NULL, title character varying);
CREATE TABLE snippets (id bigint NOT NULL PRIMARY KEY, project_id bigint, type character varying, organization_id bigint);
CREATE TABLE design_management_designs (id bigint NOT NULL PRIMARY KEY, project_id bigint NOT NULL, namespace_id bigint);
CREATE TABLE wiki_page_meta (id bigint NOT NULL PRIMARY KEY, project_id bigint, namespace_id bigint, title character varying);

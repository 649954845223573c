-- subscriptions as GitLab's schema has it (with its unique index on subscribable, user and project),
-- and epics reduced to the columns the job reads (id, issue_id) plus group_id, iid and title. Written
-- from GitLab's schema: these CREATE TABLEs were not in the parts of the stored db/structure.sql read
-- for this case.
CREATE TABLE epics (
    id bigint NOT NULL,
    group_id bigint NOT NULL,
    iid integer NOT NULL,
    title character varying NOT NULL,
    issue_id bigint
);
ALTER TABLE ONLY epics ADD CONSTRAINT epics_pkey PRIMARY KEY (id);

CREATE TABLE subscriptions (
    id bigint NOT NULL,
    user_id bigint,
    subscribable_id bigint,
    subscribable_type character varying,
    subscribed boolean,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    project_id bigint
);
ALTER TABLE ONLY subscriptions ADD CONSTRAINT subscriptions_pkey PRIMARY KEY (id);
CREATE UNIQUE INDEX index_subscriptions_on_subscribable_and_user_id_and_project_id ON subscriptions USING btree (subscribable_id, subscribable_type, user_id, project_id);

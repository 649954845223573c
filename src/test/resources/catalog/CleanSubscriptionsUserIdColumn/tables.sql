-- subscriptions as GitLab's schema has it (copied from the BackfillEpicSubscriptionToWorkItems case), and users
-- reduced to its primary key and a few NOT NULL columns. Written from GitLab's schema: these CREATE TABLEs were
-- not in the parts of the stored db/structure.sql read for this case.
CREATE TABLE users (
    id bigint NOT NULL,
    email character varying DEFAULT ''::character varying NOT NULL,
    projects_limit integer NOT NULL,
    username character varying
);
ALTER TABLE ONLY users ADD CONSTRAINT users_pkey PRIMARY KEY (id);

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

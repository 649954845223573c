-- ci_pending_builds as GitLab's db/structure.sql defines it (commit 0016ea05; foreign keys dropped), plus
-- plan_name_uid, which a later migration adds (not in the stored structure.sql; written as a nullable
-- smallint, as plans.plan_name_uid is). plans is reduced to the columns the job uses and its name/title,
-- with plan_name_uid (added later as well, a smallint), as in the FixGitlabSubscriptionHistoriesHostedPlanNameUid case.
CREATE TABLE ci_pending_builds (
    id bigint NOT NULL,
    build_id bigint NOT NULL,
    project_id bigint NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    protected boolean DEFAULT false NOT NULL,
    instance_runners_enabled boolean DEFAULT false NOT NULL,
    namespace_id bigint,
    minutes_exceeded boolean DEFAULT false NOT NULL,
    tag_ids bigint[] DEFAULT '{}'::bigint[],
    namespace_traversal_ids bigint[] DEFAULT '{}'::bigint[],
    partition_id bigint NOT NULL,
    plan_id bigint,
    plan_name_uid smallint
);
CREATE SEQUENCE ci_pending_builds_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE ci_pending_builds_id_seq OWNED BY ci_pending_builds.id;
ALTER TABLE ONLY ci_pending_builds ALTER COLUMN id SET DEFAULT nextval('ci_pending_builds_id_seq'::regclass);
ALTER TABLE ONLY ci_pending_builds ADD CONSTRAINT ci_pending_builds_pkey PRIMARY KEY (id);

CREATE TABLE plans (
    id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    name character varying,
    title character varying,
    plan_name_uid smallint
);
ALTER TABLE ONLY plans ADD CONSTRAINT plans_pkey PRIMARY KEY (id);

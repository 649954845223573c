-- ci_build_needs as GitLab's schema has it (project_id still without its NOT NULL check), and p_ci_builds
-- (partitioned by partition_id on GitLab; a plain table here, the job does not depend on partitioning) reduced to
-- the columns the job reads plus its primary key. Written from GitLab's schema: these CREATE TABLEs were not in
-- the parts of the stored db/structure.sql read for this case.
CREATE TABLE ci_build_needs (
    name text NOT NULL,
    artifacts boolean DEFAULT true NOT NULL,
    optional boolean DEFAULT false NOT NULL,
    build_id bigint NOT NULL,
    partition_id bigint NOT NULL,
    id bigint NOT NULL,
    project_id bigint
);
CREATE SEQUENCE ci_build_needs_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE ci_build_needs_id_seq OWNED BY ci_build_needs.id;
ALTER TABLE ONLY ci_build_needs ALTER COLUMN id SET DEFAULT nextval('ci_build_needs_id_seq'::regclass);
ALTER TABLE ONLY ci_build_needs ADD CONSTRAINT ci_build_needs_pkey PRIMARY KEY (id);
CREATE UNIQUE INDEX index_ci_build_needs_on_build_id_and_name ON ci_build_needs USING btree (build_id, name);

CREATE TABLE p_ci_builds (
    id bigint NOT NULL,
    partition_id bigint NOT NULL,
    project_id bigint NOT NULL,
    status character varying,
    name character varying
);
ALTER TABLE ONLY p_ci_builds ADD CONSTRAINT p_ci_builds_pkey PRIMARY KEY (id, partition_id);

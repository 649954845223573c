-- ci_runner_taggings partitioned by runner_type, as in the CopyRunnerTaggings case (written from GitLab's columns);
-- ci_runner_projects written from GitLab's columns (id, runner_id, created_at, updated_at, project_id), not copied
-- from the stored db/structure.sql. Foreign keys dropped.
CREATE TABLE ci_runner_taggings (
    id bigint NOT NULL,
    tag_id bigint NOT NULL,
    runner_id bigint NOT NULL,
    sharding_key_id bigint,
    runner_type smallint NOT NULL
)
PARTITION BY LIST (runner_type);
CREATE SEQUENCE ci_runner_taggings_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE ci_runner_taggings_id_seq OWNED BY ci_runner_taggings.id;
ALTER TABLE ONLY ci_runner_taggings ALTER COLUMN id SET DEFAULT nextval('ci_runner_taggings_id_seq'::regclass);
ALTER TABLE ONLY ci_runner_taggings ADD CONSTRAINT ci_runner_taggings_pkey PRIMARY KEY (id, runner_type);
CREATE UNIQUE INDEX index_ci_runner_taggings_on_tag_id_and_runner_id_and_runner_type ON ci_runner_taggings USING btree (tag_id, runner_id, runner_type);
-- an index starting with runner_id, which GitLab's loose index scan over runner_id walks (name assumed, not read)
CREATE INDEX index_ci_runner_taggings_on_runner_id ON ci_runner_taggings USING btree (runner_id);
CREATE TABLE ci_runner_taggings_instance_type PARTITION OF ci_runner_taggings FOR VALUES IN ('1');
CREATE TABLE ci_runner_taggings_group_type PARTITION OF ci_runner_taggings (CONSTRAINT check_sharding_key_id_nullness CHECK ((sharding_key_id IS NOT NULL))) FOR VALUES IN ('2');
CREATE TABLE ci_runner_taggings_project_type PARTITION OF ci_runner_taggings (CONSTRAINT check_sharding_key_id_nullness CHECK ((sharding_key_id IS NOT NULL))) FOR VALUES IN ('3');

CREATE TABLE ci_runner_projects (
    id bigint NOT NULL,
    runner_id bigint NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    project_id bigint NOT NULL
);
ALTER TABLE ONLY ci_runner_projects ADD CONSTRAINT ci_runner_projects_pkey PRIMARY KEY (id);
CREATE INDEX index_ci_runner_projects_on_runner_id ON ci_runner_projects USING btree (runner_id);

-- ci_runner_taggings, partitioned by runner_type as in GitLab's db/structure.sql (instance, group and
-- project partitions; the group and project ones require a sharding_key_id). Written from the columns of
-- GitLab's schema the job uses (its CREATE TABLE sits in the partitioned tables' section of the stored
-- structure.sql, which was not read); organization_id, which the job fills, is a nullable bigint there.
CREATE TABLE ci_runner_taggings (
    id bigint NOT NULL,
    tag_id bigint NOT NULL,
    runner_id bigint NOT NULL,
    sharding_key_id bigint,
    runner_type smallint NOT NULL,
    organization_id bigint
)
PARTITION BY LIST (runner_type);
CREATE SEQUENCE ci_runner_taggings_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE ci_runner_taggings_id_seq OWNED BY ci_runner_taggings.id;
ALTER TABLE ONLY ci_runner_taggings ALTER COLUMN id SET DEFAULT nextval('ci_runner_taggings_id_seq'::regclass);
ALTER TABLE ONLY ci_runner_taggings ADD CONSTRAINT ci_runner_taggings_pkey PRIMARY KEY (id, runner_type);
CREATE TABLE ci_runner_taggings_instance_type PARTITION OF ci_runner_taggings FOR VALUES IN ('1');
CREATE TABLE ci_runner_taggings_group_type PARTITION OF ci_runner_taggings (CONSTRAINT check_sharding_key_id_nullness CHECK ((sharding_key_id IS NOT NULL))) FOR VALUES IN ('2');
CREATE TABLE ci_runner_taggings_project_type PARTITION OF ci_runner_taggings (CONSTRAINT check_sharding_key_id_nullness CHECK ((sharding_key_id IS NOT NULL))) FOR VALUES IN ('3');

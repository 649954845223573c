-- ci_runners (before the swap, a plain table) and its partitioned copy ci_runners_e59bb2812d, copied from the
-- BackfillCiRunnersPartitionedTable case; ci_runner_taggings from the BackfillOrganizationIdOnCiRunnerTaggings case
-- (written there from GitLab's columns) without organization_id, which came later, and with GitLab's unique index
-- over (tag_id, runner_id, runner_type) that the ON CONFLICT meets (name as remembered, not read); taggings as
-- GitLab's db/structure.sql (commit 0016ea05) defines it. Foreign keys dropped.
CREATE TABLE ci_runners (
    id bigint NOT NULL,
    creator_id bigint,
    sharding_key_id bigint,
    created_at timestamp with time zone,
    updated_at timestamp with time zone,
    contacted_at timestamp with time zone,
    token_expires_at timestamp with time zone,
    public_projects_minutes_cost_factor double precision DEFAULT 1.0 NOT NULL,
    private_projects_minutes_cost_factor double precision DEFAULT 1.0 NOT NULL,
    access_level integer DEFAULT 0 NOT NULL,
    maximum_timeout integer,
    runner_type smallint NOT NULL,
    registration_type smallint DEFAULT 0 NOT NULL,
    creation_state smallint DEFAULT 0 NOT NULL,
    active boolean DEFAULT true NOT NULL,
    run_untagged boolean DEFAULT true NOT NULL,
    locked boolean DEFAULT false NOT NULL,
    name text,
    token_encrypted text,
    token text,
    description text,
    maintainer_note text,
    allowed_plans text[] DEFAULT '{}'::text[] NOT NULL,
    allowed_plan_ids bigint[] DEFAULT '{}'::bigint[] NOT NULL,
    CONSTRAINT check_030ad0773d CHECK ((char_length(token_encrypted) <= 512)),
    CONSTRAINT check_1f8618ab23 CHECK ((char_length(name) <= 256)),
    CONSTRAINT check_24b281f5bf CHECK ((char_length(maintainer_note) <= 1024)),
    CONSTRAINT check_5db8ae9d30 CHECK ((char_length(description) <= 1024)),
    CONSTRAINT check_af25130d5a CHECK ((char_length(token) <= 128))
);
ALTER TABLE ONLY ci_runners ADD CONSTRAINT ci_runners_pkey PRIMARY KEY (id);

CREATE TABLE ci_runners_e59bb2812d (
    id bigint NOT NULL,
    creator_id bigint,
    sharding_key_id bigint,
    created_at timestamp with time zone,
    updated_at timestamp with time zone,
    contacted_at timestamp with time zone,
    token_expires_at timestamp with time zone,
    public_projects_minutes_cost_factor double precision DEFAULT 1.0 NOT NULL,
    private_projects_minutes_cost_factor double precision DEFAULT 1.0 NOT NULL,
    access_level integer DEFAULT 0 NOT NULL,
    maximum_timeout integer,
    runner_type smallint NOT NULL,
    registration_type smallint DEFAULT 0 NOT NULL,
    creation_state smallint DEFAULT 0 NOT NULL,
    active boolean DEFAULT true NOT NULL,
    run_untagged boolean DEFAULT true NOT NULL,
    locked boolean DEFAULT false NOT NULL,
    name text,
    token_encrypted text,
    token text,
    description text,
    maintainer_note text,
    allowed_plans text[] DEFAULT '{}'::text[] NOT NULL,
    allowed_plan_ids bigint[] DEFAULT '{}'::bigint[] NOT NULL,
    CONSTRAINT check_030ad0773d CHECK ((char_length(token_encrypted) <= 512)),
    CONSTRAINT check_1f8618ab23 CHECK ((char_length(name) <= 256)),
    CONSTRAINT check_24b281f5bf CHECK ((char_length(maintainer_note) <= 1024)),
    CONSTRAINT check_5db8ae9d30 CHECK ((char_length(description) <= 1024)),
    CONSTRAINT check_af25130d5a CHECK ((char_length(token) <= 128))
)
PARTITION BY LIST (runner_type);
ALTER TABLE ONLY ci_runners_e59bb2812d ADD CONSTRAINT ci_runners_e59bb2812d_pkey PRIMARY KEY (id, runner_type);
CREATE TABLE instance_type_ci_runners PARTITION OF ci_runners_e59bb2812d FOR VALUES IN ('1');
CREATE TABLE group_type_ci_runners PARTITION OF ci_runners_e59bb2812d (CONSTRAINT check_sharding_key_id_nullness CHECK ((sharding_key_id IS NOT NULL))) FOR VALUES IN ('2');
CREATE TABLE project_type_ci_runners PARTITION OF ci_runners_e59bb2812d (CONSTRAINT check_sharding_key_id_nullness CHECK ((sharding_key_id IS NOT NULL))) FOR VALUES IN ('3');

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
CREATE TABLE ci_runner_taggings_instance_type PARTITION OF ci_runner_taggings FOR VALUES IN ('1');
CREATE TABLE ci_runner_taggings_group_type PARTITION OF ci_runner_taggings (CONSTRAINT check_sharding_key_id_nullness CHECK ((sharding_key_id IS NOT NULL))) FOR VALUES IN ('2');
CREATE TABLE ci_runner_taggings_project_type PARTITION OF ci_runner_taggings (CONSTRAINT check_sharding_key_id_nullness CHECK ((sharding_key_id IS NOT NULL))) FOR VALUES IN ('3');

CREATE TABLE taggings (
    tag_id bigint,
    taggable_type character varying,
    tagger_id bigint,
    tagger_type character varying,
    context character varying,
    created_at timestamp without time zone,
    id bigint NOT NULL,
    taggable_id bigint
);
CREATE SEQUENCE taggings_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE taggings_id_seq OWNED BY taggings.id;
ALTER TABLE ONLY taggings ALTER COLUMN id SET DEFAULT nextval('taggings_id_seq'::regclass);
ALTER TABLE ONLY taggings ADD CONSTRAINT taggings_pkey PRIMARY KEY (id);

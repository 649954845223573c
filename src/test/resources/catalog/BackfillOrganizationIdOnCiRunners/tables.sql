-- ci_runners after the 17.x swap: partitioned by runner_type with the columns db/structure.sql gives the
-- partitioned table (copied from the BackfillCiRunnersPartitionedTable case) and its partitions
-- instance_type_ci_runners, group_type_ci_runners and project_type_ci_runners (group and project require a
-- sharding_key_id). organization_id, which the job fills, came later and is added as a nullable bigint.
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
    organization_id bigint,
    CONSTRAINT check_030ad0773d CHECK ((char_length(token_encrypted) <= 512)),
    CONSTRAINT check_1f8618ab23 CHECK ((char_length(name) <= 256)),
    CONSTRAINT check_24b281f5bf CHECK ((char_length(maintainer_note) <= 1024)),
    CONSTRAINT check_5db8ae9d30 CHECK ((char_length(description) <= 1024)),
    CONSTRAINT check_af25130d5a CHECK ((char_length(token) <= 128))
)
PARTITION BY LIST (runner_type);
ALTER TABLE ONLY ci_runners ADD CONSTRAINT ci_runners_pkey PRIMARY KEY (id, runner_type);
CREATE TABLE instance_type_ci_runners PARTITION OF ci_runners FOR VALUES IN ('1');
CREATE TABLE group_type_ci_runners PARTITION OF ci_runners (CONSTRAINT check_sharding_key_id_nullness CHECK ((sharding_key_id IS NOT NULL))) FOR VALUES IN ('2');
CREATE TABLE project_type_ci_runners PARTITION OF ci_runners (CONSTRAINT check_sharding_key_id_nullness CHECK ((sharding_key_id IS NOT NULL))) FOR VALUES IN ('3');

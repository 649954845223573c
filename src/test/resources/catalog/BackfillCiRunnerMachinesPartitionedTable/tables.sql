-- ci_runner_machines before the swap (a plain table) and ci_runner_machines_687967fa8a, the partitioned copy, with the columns
-- db/structure.sql gives the partitioned table (and its partitions group_type_ci_runner_machines, project_type_ci_runner_machines); the
-- sharding_key_id NOT NULL check of the group and project partitions is why the job filters.
CREATE TABLE ci_runner_machines (
    id bigint NOT NULL,
    runner_id bigint NOT NULL,
    sharding_key_id bigint,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    contacted_at timestamp with time zone,
    creation_state smallint DEFAULT 0 NOT NULL,
    executor_type smallint,
    runner_type smallint NOT NULL,
    config jsonb DEFAULT '{}'::jsonb NOT NULL,
    system_xid text NOT NULL,
    platform text,
    architecture text,
    revision text,
    ip_address text,
    version text,
    runtime_features jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT check_3d8736b3af CHECK ((char_length(system_xid) <= 64)),
    CONSTRAINT check_5bad2a6944 CHECK ((char_length(revision) <= 255)),
    CONSTRAINT check_7dc4eee8a5 CHECK ((char_length(version) <= 2048)),
    CONSTRAINT check_b1e456641b CHECK ((char_length(ip_address) <= 1024)),
    CONSTRAINT check_c788f4b18a CHECK ((char_length(platform) <= 255)),
    CONSTRAINT check_f3d25ab844 CHECK ((char_length(architecture) <= 255))
);
ALTER TABLE ONLY ci_runner_machines ADD CONSTRAINT ci_runner_machines_pkey PRIMARY KEY (id);

CREATE TABLE ci_runner_machines_687967fa8a (
    id bigint NOT NULL,
    runner_id bigint NOT NULL,
    sharding_key_id bigint,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    contacted_at timestamp with time zone,
    creation_state smallint DEFAULT 0 NOT NULL,
    executor_type smallint,
    runner_type smallint NOT NULL,
    config jsonb DEFAULT '{}'::jsonb NOT NULL,
    system_xid text NOT NULL,
    platform text,
    architecture text,
    revision text,
    ip_address text,
    version text,
    runtime_features jsonb DEFAULT '{}'::jsonb NOT NULL,
    CONSTRAINT check_3d8736b3af CHECK ((char_length(system_xid) <= 64)),
    CONSTRAINT check_5bad2a6944 CHECK ((char_length(revision) <= 255)),
    CONSTRAINT check_7dc4eee8a5 CHECK ((char_length(version) <= 2048)),
    CONSTRAINT check_b1e456641b CHECK ((char_length(ip_address) <= 1024)),
    CONSTRAINT check_c788f4b18a CHECK ((char_length(platform) <= 255)),
    CONSTRAINT check_f3d25ab844 CHECK ((char_length(architecture) <= 255))
)
PARTITION BY LIST (runner_type);
ALTER TABLE ONLY ci_runner_machines_687967fa8a ADD CONSTRAINT ci_runner_machines_687967fa8a_pkey PRIMARY KEY (id, runner_type);
CREATE TABLE instance_type_ci_runner_machines PARTITION OF ci_runner_machines_687967fa8a FOR VALUES IN ('1');
CREATE TABLE group_type_ci_runner_machines PARTITION OF ci_runner_machines_687967fa8a (CONSTRAINT check_sharding_key_id_nullness CHECK ((sharding_key_id IS NOT NULL))) FOR VALUES IN ('2');
CREATE TABLE project_type_ci_runner_machines PARTITION OF ci_runner_machines_687967fa8a (CONSTRAINT check_sharding_key_id_nullness CHECK ((sharding_key_id IS NOT NULL))) FOR VALUES IN ('3');

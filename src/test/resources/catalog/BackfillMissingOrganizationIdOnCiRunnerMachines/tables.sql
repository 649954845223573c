-- ci_runner_machines as GitLab's db/structure.sql defines it (the columns of its partitions, e.g.
-- instance_type_ci_runner_machines). GitLab partitions it by LIST (runner_type); the job does not
-- depend on that, so it is created unpartitioned here, with the partitioned table's primary key
-- (id, runner_type). The stored structure.sql predates organization_id (bigint, nullable), added here
-- as the Ruby writes it; the partitions' sharding_key_id CHECKs are left out.
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
    organization_id bigint,
    CONSTRAINT check_3d8736b3af CHECK ((char_length(system_xid) <= 64)),
    CONSTRAINT check_5bad2a6944 CHECK ((char_length(revision) <= 255)),
    CONSTRAINT check_7dc4eee8a5 CHECK ((char_length(version) <= 2048)),
    CONSTRAINT check_b1e456641b CHECK ((char_length(ip_address) <= 1024)),
    CONSTRAINT check_c788f4b18a CHECK ((char_length(platform) <= 255)),
    CONSTRAINT check_f3d25ab844 CHECK ((char_length(architecture) <= 255))
);
CREATE SEQUENCE ci_runner_machines_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER TABLE ONLY ci_runner_machines ALTER COLUMN id SET DEFAULT nextval('ci_runner_machines_id_seq'::regclass);
ALTER TABLE ONLY ci_runner_machines ADD CONSTRAINT ci_runner_machines_pkey PRIMARY KEY (id, runner_type);

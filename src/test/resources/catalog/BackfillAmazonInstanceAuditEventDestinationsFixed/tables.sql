-- audit_events_instance_amazon_s3_configurations and audit_events_instance_external_streaming_destinations
-- as GitLab's db/structure.sql defines them
CREATE TABLE audit_events_instance_amazon_s3_configurations (
    id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    access_key_xid text NOT NULL,
    name text NOT NULL,
    bucket_name text NOT NULL,
    aws_region text NOT NULL,
    encrypted_secret_access_key bytea NOT NULL,
    encrypted_secret_access_key_iv bytea NOT NULL,
    stream_destination_id bigint,
    CONSTRAINT check_1a908bd36f CHECK ((char_length(name) <= 72)),
    CONSTRAINT check_8083750c42 CHECK ((char_length(bucket_name) <= 63)),
    CONSTRAINT check_d2ca3eb90e CHECK ((char_length(aws_region) <= 50)),
    CONSTRAINT check_d6d6bd8e8b CHECK ((char_length(access_key_xid) <= 128))
);
CREATE SEQUENCE audit_events_instance_amazon_s3_configurations_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE audit_events_instance_amazon_s3_configurations_id_seq OWNED BY audit_events_instance_amazon_s3_configurations.id;
ALTER TABLE ONLY audit_events_instance_amazon_s3_configurations ALTER COLUMN id SET DEFAULT nextval('audit_events_instance_amazon_s3_configurations_id_seq'::regclass);
ALTER TABLE ONLY audit_events_instance_amazon_s3_configurations ADD CONSTRAINT audit_events_instance_amazon_s3_configurations_pkey PRIMARY KEY (id);

CREATE TABLE audit_events_instance_external_streaming_destinations (
    id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    category smallint NOT NULL,
    name text NOT NULL,
    config jsonb NOT NULL,
    encrypted_secret_token bytea NOT NULL,
    encrypted_secret_token_iv bytea NOT NULL,
    legacy_destination_ref bigint,
    CONSTRAINT check_219decfb51 CHECK ((char_length(name) <= 72))
);
CREATE SEQUENCE audit_events_instance_external_streaming_destinations_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE audit_events_instance_external_streaming_destinations_id_seq OWNED BY audit_events_instance_external_streaming_destinations.id;
ALTER TABLE ONLY audit_events_instance_external_streaming_destinations ALTER COLUMN id SET DEFAULT nextval('audit_events_instance_external_streaming_destinations_id_seq'::regclass);
ALTER TABLE ONLY audit_events_instance_external_streaming_destinations ADD CONSTRAINT audit_events_instance_external_streaming_destinations_pkey PRIMARY KEY (id);

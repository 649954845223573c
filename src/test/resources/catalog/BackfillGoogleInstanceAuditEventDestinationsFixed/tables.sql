-- audit_events_instance_google_cloud_logging_configurations and audit_events_instance_external_streaming_destinations
-- as GitLab's db/structure.sql defines them
CREATE TABLE audit_events_instance_google_cloud_logging_configurations (
    id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    google_project_id_name text NOT NULL,
    client_email text NOT NULL,
    log_id_name text DEFAULT 'audit_events'::text,
    name text NOT NULL,
    encrypted_private_key bytea NOT NULL,
    encrypted_private_key_iv bytea NOT NULL,
    stream_destination_id bigint,
    CONSTRAINT check_0da5c76c49 CHECK ((char_length(client_email) <= 254)),
    CONSTRAINT check_74fd943192 CHECK ((char_length(log_id_name) <= 511)),
    CONSTRAINT check_ab65f57721 CHECK ((char_length(google_project_id_name) <= 30)),
    CONSTRAINT check_ac42ad3ca2 CHECK ((char_length(name) <= 72))
);
CREATE SEQUENCE audit_events_instance_google_cloud_logging_configuration_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE audit_events_instance_google_cloud_logging_configuration_id_seq OWNED BY audit_events_instance_google_cloud_logging_configurations.id;
ALTER TABLE ONLY audit_events_instance_google_cloud_logging_configurations ALTER COLUMN id SET DEFAULT nextval('audit_events_instance_google_cloud_logging_configuration_id_seq'::regclass);
ALTER TABLE ONLY audit_events_instance_google_cloud_logging_configurations ADD CONSTRAINT audit_events_instance_google_cloud_logging_configurations_pkey PRIMARY KEY (id);

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

-- import_source_users as GitLab's db/structure.sql (commit 0016ea05) defines it (foreign keys dropped).
-- The stored structure.sql predates import_placeholder_user_details: it is written from the columns the
-- job writes (id from a sequence, placeholder_user_id and organization_id required, namespace_id), without
-- a unique index, so that a duplicate the job made would show. namespaces is reduced to the columns the job
-- reads (id, organization_id) plus name, path and type (its CREATE TABLE was not located).
CREATE TABLE namespaces (
    id bigint NOT NULL,
    name character varying NOT NULL,
    path character varying NOT NULL,
    type character varying DEFAULT 'User'::character varying NOT NULL,
    organization_id bigint
);
ALTER TABLE ONLY namespaces ADD CONSTRAINT namespaces_pkey PRIMARY KEY (id);

CREATE TABLE import_source_users (
    id bigint NOT NULL,
    placeholder_user_id bigint,
    reassign_to_user_id bigint,
    namespace_id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    status smallint DEFAULT 0 NOT NULL,
    source_username text,
    source_name text,
    source_user_identifier text NOT NULL,
    source_hostname text NOT NULL,
    import_type text NOT NULL,
    reassigned_by_user_id bigint,
    reassignment_error text,
    reassignment_token text,
    CONSTRAINT check_05708218cd CHECK ((char_length(reassignment_error) <= 255)),
    CONSTRAINT check_0d7295a307 CHECK ((char_length(import_type) <= 255)),
    CONSTRAINT check_199c28ec54 CHECK ((char_length(source_username) <= 255)),
    CONSTRAINT check_562655155f CHECK ((char_length(source_name) <= 255)),
    CONSTRAINT check_cc9d4093b5 CHECK ((char_length(source_user_identifier) <= 255)),
    CONSTRAINT check_cd2edb9334 CHECK ((char_length(reassignment_token) <= 32)),
    CONSTRAINT check_e2039840c5 CHECK ((char_length(source_hostname) <= 255))
);
ALTER TABLE ONLY import_source_users ADD CONSTRAINT import_source_users_pkey PRIMARY KEY (id);

CREATE TABLE import_placeholder_user_details (
    id bigint NOT NULL,
    placeholder_user_id bigint NOT NULL,
    namespace_id bigint,
    organization_id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL
);
CREATE SEQUENCE import_placeholder_user_details_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE import_placeholder_user_details_id_seq OWNED BY import_placeholder_user_details.id;
ALTER TABLE ONLY import_placeholder_user_details ALTER COLUMN id SET DEFAULT nextval('import_placeholder_user_details_id_seq'::regclass);
ALTER TABLE ONLY import_placeholder_user_details ADD CONSTRAINT import_placeholder_user_details_pkey PRIMARY KEY (id);

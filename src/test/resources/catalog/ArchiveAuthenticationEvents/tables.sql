-- authentication_events as GitLab's db/structure.sql defines it; authentication_event_archived_records
-- as 18.5's CreateAuthenticationEventArchivedRecords creates it (the stored db/structure.sql is older
-- and does not have it): primary key on id, text limits on user_name and provider.
CREATE TABLE authentication_events (
    id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    user_id bigint,
    result smallint NOT NULL,
    ip_address inet,
    provider text NOT NULL,
    user_name text NOT NULL,
    CONSTRAINT check_45a6cc4e80 CHECK ((char_length(user_name) <= 255)),
    CONSTRAINT check_c64f424630 CHECK ((char_length(provider) <= 64))
);
CREATE SEQUENCE authentication_events_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE authentication_events_id_seq OWNED BY authentication_events.id;
ALTER TABLE ONLY authentication_events ALTER COLUMN id SET DEFAULT nextval('authentication_events_id_seq'::regclass);
ALTER TABLE ONLY authentication_events ADD CONSTRAINT authentication_events_pkey PRIMARY KEY (id);

CREATE TABLE authentication_event_archived_records (
    id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    user_id bigint,
    result smallint NOT NULL,
    ip_address inet,
    provider text NOT NULL,
    user_name text NOT NULL,
    archived_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT check_user_name_limit CHECK ((char_length(user_name) <= 255)),
    CONSTRAINT check_provider_limit CHECK ((char_length(provider) <= 64))
);
ALTER TABLE ONLY authentication_event_archived_records ADD CONSTRAINT authentication_event_archived_records_pkey PRIMARY KEY (id);

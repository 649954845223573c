-- group_wiki_repositories and group_wiki_repository_states as GitLab's db/structure.sql defines them
-- (foreign keys dropped); group_wiki_repositories' primary key is group_id.
CREATE TABLE group_wiki_repositories (
    shard_id bigint NOT NULL,
    group_id bigint NOT NULL,
    disk_path text NOT NULL,
    CONSTRAINT check_07f1c81806 CHECK ((char_length(disk_path) <= 80))
);
ALTER TABLE ONLY group_wiki_repositories ADD CONSTRAINT group_wiki_repositories_pkey PRIMARY KEY (group_id);

CREATE TABLE group_wiki_repository_states (
    id bigint NOT NULL,
    verification_started_at timestamp with time zone,
    verification_retry_at timestamp with time zone,
    verified_at timestamp with time zone,
    group_wiki_repository_id bigint NOT NULL,
    verification_state smallint DEFAULT 0 NOT NULL,
    verification_retry_count smallint DEFAULT 0 NOT NULL,
    verification_checksum bytea,
    verification_failure text,
    group_id bigint,
    CONSTRAINT check_14d288436d CHECK ((char_length(verification_failure) <= 255))
);
CREATE SEQUENCE group_wiki_repository_states_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE group_wiki_repository_states_id_seq OWNED BY group_wiki_repository_states.id;
ALTER TABLE ONLY group_wiki_repository_states ALTER COLUMN id SET DEFAULT nextval('group_wiki_repository_states_id_seq'::regclass);
ALTER TABLE ONLY group_wiki_repository_states ADD CONSTRAINT group_wiki_repository_states_pkey PRIMARY KEY (id);

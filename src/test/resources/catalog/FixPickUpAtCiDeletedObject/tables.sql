-- ci_deleted_objects written from GitLab's schema (id, file_store, pick_up_at timestamptz DEFAULT now() NOT NULL,
-- store_dir, file, project_id), not read from the stored db/structure.sql.
CREATE TABLE ci_deleted_objects (
    id bigint NOT NULL,
    file_store smallint DEFAULT 1 NOT NULL,
    pick_up_at timestamp with time zone DEFAULT now() NOT NULL,
    store_dir text NOT NULL,
    file text NOT NULL,
    project_id bigint,
    CONSTRAINT check_5e151d6912 CHECK ((char_length(store_dir) <= 1024))
);
ALTER TABLE ONLY ci_deleted_objects ADD CONSTRAINT ci_deleted_objects_pkey PRIMARY KEY (id);

-- packages_npm_metadata_caches from the stored db/structure.sql (commit 0016ea05), without its later
-- CHECK (project_id IS NOT NULL) (check_734454a615), which came after this clean-up. Foreign keys dropped.
CREATE TABLE packages_npm_metadata_caches (
    id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    last_downloaded_at timestamp with time zone,
    project_id bigint,
    file_store integer DEFAULT 1,
    size integer NOT NULL,
    file text NOT NULL,
    package_name text NOT NULL,
    object_storage_key text NOT NULL,
    status smallint DEFAULT 0 NOT NULL,
    CONSTRAINT check_57aa07a4b2 CHECK ((char_length(file) <= 255)),
    CONSTRAINT check_f97c15aa60 CHECK ((char_length(object_storage_key) <= 255))
);
ALTER TABLE ONLY packages_npm_metadata_caches ADD CONSTRAINT packages_npm_metadata_caches_pkey PRIMARY KEY (id);

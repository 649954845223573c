-- vs_code_settings as GitLab's db/structure.sql (commit 0016ea05) defines it, without the CHECKs
-- check_4680ca265d (uuid IS NOT NULL) and check_2082c35541 (version IS NOT NULL), which GitLab added
-- after its backfills, and without settings_context_hash's unique index (added later too).
CREATE TABLE vs_code_settings (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    setting_type text NOT NULL,
    content text NOT NULL,
    uuid uuid,
    version integer DEFAULT 0,
    settings_context_hash text,
    CONSTRAINT check_5da3b2910b CHECK ((char_length(content) <= 524288)),
    CONSTRAINT check_6d5f15039b CHECK ((char_length(settings_context_hash) <= 255)),
    CONSTRAINT check_994c503fc4 CHECK ((char_length(setting_type) <= 256))
);
ALTER TABLE ONLY vs_code_settings ADD CONSTRAINT vs_code_settings_pkey PRIMARY KEY (id);

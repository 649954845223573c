-- vs_code_settings as GitLab's db/structure.sql (commit 0016ea05) defines it. Its unique index was not read:
-- the one on (user_id, setting_type, settings_context_hash) is written here as the job needs it (a user has
-- one extensions row per context), so that updating before deleting would fail.
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
    CONSTRAINT check_2082c35541 CHECK ((version IS NOT NULL)),
    CONSTRAINT check_4680ca265d CHECK ((uuid IS NOT NULL)),
    CONSTRAINT check_5da3b2910b CHECK ((char_length(content) <= 524288)),
    CONSTRAINT check_6d5f15039b CHECK ((char_length(settings_context_hash) <= 255)),
    CONSTRAINT check_994c503fc4 CHECK ((char_length(setting_type) <= 256))
);
CREATE SEQUENCE vs_code_settings_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE vs_code_settings_id_seq OWNED BY vs_code_settings.id;
ALTER TABLE ONLY vs_code_settings ALTER COLUMN id SET DEFAULT nextval('vs_code_settings_id_seq'::regclass);
ALTER TABLE ONLY vs_code_settings ADD CONSTRAINT vs_code_settings_pkey PRIMARY KEY (id);
CREATE UNIQUE INDEX unique_user_id_setting_type_and_settings_context_hash ON vs_code_settings USING btree (user_id, setting_type, settings_context_hash);

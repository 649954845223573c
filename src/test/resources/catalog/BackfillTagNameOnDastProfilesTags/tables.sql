-- dast_profiles_tags and tags as GitLab's db/structure.sql defines them (commit 0016ea05; foreign keys
-- dropped), plus dast_profiles_tags.tag_name, which a later migration adds (not in the stored
-- structure.sql; written as a nullable text).
CREATE TABLE dast_profiles_tags (
    id bigint NOT NULL,
    dast_profile_id bigint NOT NULL,
    tag_id bigint NOT NULL,
    project_id bigint,
    tag_name text,
    CONSTRAINT check_b1aa92f799 CHECK ((project_id IS NOT NULL))
);
CREATE SEQUENCE dast_profiles_tags_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE dast_profiles_tags_id_seq OWNED BY dast_profiles_tags.id;
ALTER TABLE ONLY dast_profiles_tags ALTER COLUMN id SET DEFAULT nextval('dast_profiles_tags_id_seq'::regclass);
ALTER TABLE ONLY dast_profiles_tags ADD CONSTRAINT dast_profiles_tags_pkey PRIMARY KEY (id);

CREATE TABLE tags (
    id bigint NOT NULL,
    name character varying,
    taggings_count integer DEFAULT 0
);
CREATE SEQUENCE tags_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE tags_id_seq OWNED BY tags.id;
ALTER TABLE ONLY tags ALTER COLUMN id SET DEFAULT nextval('tags_id_seq'::regclass);
ALTER TABLE ONLY tags ADD CONSTRAINT tags_pkey PRIMARY KEY (id);

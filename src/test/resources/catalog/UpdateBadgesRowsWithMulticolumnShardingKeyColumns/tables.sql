-- badges as GitLab's db/structure.sql (commit 0016ea05) defines it. GitLab later adds a multi-column
-- sharding-key CHECK (exactly one of group_id, project_id) that this job prepares rows for; it is left
-- out here, as it cannot hold before the job runs.
CREATE TABLE badges (
    id bigint NOT NULL,
    link_url character varying NOT NULL,
    image_url character varying NOT NULL,
    project_id bigint,
    group_id bigint,
    type character varying NOT NULL,
    name character varying(255),
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL
);
CREATE SEQUENCE badges_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE badges_id_seq OWNED BY badges.id;
ALTER TABLE ONLY badges ALTER COLUMN id SET DEFAULT nextval('badges_id_seq'::regclass);
ALTER TABLE ONLY badges ADD CONSTRAINT badges_pkey PRIMARY KEY (id);

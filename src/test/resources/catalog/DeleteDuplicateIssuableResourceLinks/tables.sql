-- issuable_resource_links as GitLab's db/structure.sql (commit 0016ea05) defines it (foreign keys dropped)
CREATE TABLE issuable_resource_links (
    id bigint NOT NULL,
    issue_id bigint NOT NULL,
    link_text text,
    link text NOT NULL,
    link_type smallint DEFAULT 0 NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    is_unique boolean,
    namespace_id bigint,
    CONSTRAINT check_67be6729db CHECK ((char_length(link) <= 2200)),
    CONSTRAINT check_b137147e0b CHECK ((char_length(link_text) <= 255))
);
CREATE SEQUENCE issuable_resource_links_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE issuable_resource_links_id_seq OWNED BY issuable_resource_links.id;
ALTER TABLE ONLY issuable_resource_links ALTER COLUMN id SET DEFAULT nextval('issuable_resource_links_id_seq'::regclass);
ALTER TABLE ONLY issuable_resource_links ADD CONSTRAINT issuable_resource_links_pkey PRIMARY KEY (id);
CREATE INDEX index_issuable_resource_links_on_issue_id ON issuable_resource_links USING btree (issue_id);

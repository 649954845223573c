-- namespace_details as GitLab's db/structure.sql defines it. namespaces is reduced to the columns the
-- job reads (id, description, description_html, cached_markdown_version) plus name, path and type: its
-- CREATE TABLE was not located in the stored structure.sql; description is nullable here so that the
-- Ruby's IS NOT NULL conditions are exercised.
CREATE TABLE namespaces (
    id bigint NOT NULL,
    name character varying NOT NULL,
    path character varying NOT NULL,
    type character varying DEFAULT 'User'::character varying NOT NULL,
    description character varying,
    description_html text,
    cached_markdown_version integer
);
ALTER TABLE ONLY namespaces ADD CONSTRAINT namespaces_pkey PRIMARY KEY (id);

CREATE TABLE namespace_details (
    namespace_id bigint NOT NULL,
    created_at timestamp with time zone,
    updated_at timestamp with time zone,
    cached_markdown_version integer,
    description text,
    description_html text,
    creator_id bigint,
    deleted_at timestamp with time zone
);
ALTER TABLE ONLY namespace_details ADD CONSTRAINT namespace_details_pkey PRIMARY KEY (namespace_id);

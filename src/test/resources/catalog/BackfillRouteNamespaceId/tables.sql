-- routes as GitLab's db/structure.sql defines it, before namespace_id was made NOT NULL
CREATE TABLE routes (
    id integer NOT NULL,
    source_id bigint NOT NULL,
    source_type character varying NOT NULL,
    path character varying NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    name character varying,
    namespace_id bigint
);
CREATE SEQUENCE routes_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE routes_id_seq OWNED BY routes.id;
ALTER TABLE ONLY routes ALTER COLUMN id SET DEFAULT nextval('routes_id_seq'::regclass);
ALTER TABLE ONLY routes ADD CONSTRAINT routes_pkey PRIMARY KEY (id);
CREATE UNIQUE INDEX index_routes_on_source_type_and_source_id ON routes USING btree (source_type, source_id);

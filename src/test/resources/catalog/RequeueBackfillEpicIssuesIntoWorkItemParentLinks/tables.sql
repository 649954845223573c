-- epic_issues, epics (reduced to the columns the job reads plus the NOT NULL ones it needs) and
-- work_item_parent_links as GitLab's db/structure.sql defines them (commit 0016ea05; foreign keys
-- dropped). work_item_parent_links.namespace_id was added after this job ran (17.1/17.2), as a nullable
-- column whose NOT NULL check (check_e9c0111985) came later still: it is here without the check, as the
-- Ruby does not set it. The unique indexes are GitLab's: index_work_item_parent_links_on_work_item_id is the
-- Ruby's upsert_all unique_by, index_epic_issues_on_issue_id keeps an issue in one epic.
CREATE TABLE epic_issues (
    id bigint NOT NULL,
    epic_id bigint NOT NULL,
    issue_id bigint NOT NULL,
    relative_position integer,
    namespace_id bigint,
    work_item_parent_link_id bigint
);
ALTER TABLE ONLY epic_issues ADD CONSTRAINT epic_issues_pkey PRIMARY KEY (id);
CREATE UNIQUE INDEX index_epic_issues_on_issue_id ON epic_issues USING btree (issue_id);

CREATE TABLE epics (
    id bigint NOT NULL,
    group_id bigint NOT NULL,
    author_id bigint NOT NULL,
    iid integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    title character varying NOT NULL,
    title_html character varying NOT NULL,
    parent_id bigint,
    relative_position integer,
    issue_id bigint,
    CONSTRAINT check_450724d1bb CHECK ((issue_id IS NOT NULL))
);
ALTER TABLE ONLY epics ADD CONSTRAINT epics_pkey PRIMARY KEY (id);

CREATE TABLE work_item_parent_links (
    id bigint NOT NULL,
    work_item_id bigint NOT NULL,
    work_item_parent_id bigint NOT NULL,
    relative_position integer,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    namespace_id bigint
);
CREATE SEQUENCE work_item_parent_links_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE work_item_parent_links_id_seq OWNED BY work_item_parent_links.id;
ALTER TABLE ONLY work_item_parent_links ALTER COLUMN id SET DEFAULT nextval('work_item_parent_links_id_seq'::regclass);
ALTER TABLE ONLY work_item_parent_links ADD CONSTRAINT work_item_parent_links_pkey PRIMARY KEY (id);
CREATE UNIQUE INDEX index_work_item_parent_links_on_work_item_id ON work_item_parent_links USING btree (work_item_id);

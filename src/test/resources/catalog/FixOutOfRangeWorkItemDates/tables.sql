-- work_item_dates_sources as GitLab's db/structure.sql defines it (copied from the BackfillIssuesDatesWithWorkItemDatesSources case; foreign keys dropped)
CREATE TABLE work_item_dates_sources (
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    issue_id bigint NOT NULL,
    namespace_id bigint NOT NULL,
    start_date_is_fixed boolean DEFAULT false NOT NULL,
    due_date_is_fixed boolean DEFAULT false NOT NULL,
    start_date date,
    due_date date,
    start_date_sourcing_work_item_id bigint,
    start_date_sourcing_milestone_id bigint,
    due_date_sourcing_work_item_id bigint,
    due_date_sourcing_milestone_id bigint,
    start_date_fixed date,
    due_date_fixed date
);
ALTER TABLE ONLY work_item_dates_sources ADD CONSTRAINT work_item_dates_sources_pkey PRIMARY KEY (issue_id);

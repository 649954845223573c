-- project_daily_statistics as GitLab's schema has it, and its partitioned copy
-- project_daily_statistics_b8088ecbd2 as partition_table_by_date makes it (same columns, date NOT NULL, primary key
-- (id, date), monthly range partitions on date) with the unique index 18.5's
-- AddIndexesToPartitionedProjectDailyStatistics adds. Written from GitLab's schema and migrations: these
-- CREATE TABLEs were not in the parts of the stored db/structure.sql read for this case. As on GitLab, where
-- partitions are kept for 3 months only, there is no partition before the cutoff month (a row older than it
-- cannot be inserted: the filter is what keeps the copy working).
CREATE TABLE project_daily_statistics (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    fetch_count integer NOT NULL,
    date date
);
CREATE SEQUENCE project_daily_statistics_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE project_daily_statistics_id_seq OWNED BY project_daily_statistics.id;
ALTER TABLE ONLY project_daily_statistics ALTER COLUMN id SET DEFAULT nextval('project_daily_statistics_id_seq'::regclass);
ALTER TABLE ONLY project_daily_statistics ADD CONSTRAINT project_daily_statistics_pkey PRIMARY KEY (id);
CREATE UNIQUE INDEX index_project_daily_statistics_on_project_id_and_date ON project_daily_statistics USING btree (project_id, date DESC);

CREATE TABLE project_daily_statistics_b8088ecbd2 (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    fetch_count integer NOT NULL,
    date date NOT NULL,
    PRIMARY KEY (id, date)
) PARTITION BY RANGE (date);
CREATE UNIQUE INDEX idx_p_project_daily_statistics_on_project_id_and_date ON project_daily_statistics_b8088ecbd2 USING btree (project_id, date DESC);
CREATE INDEX idx_p_project_daily_statistics_on_date_and_id ON project_daily_statistics_b8088ecbd2 USING btree (date, id);
-- the partitions from the cutoff month (the first day of the month three months back) on
CREATE TABLE project_daily_statistics_b8088ecbd2_recent PARTITION OF project_daily_statistics_b8088ecbd2
    FOR VALUES FROM ((date_trunc('month', (now() AT TIME ZONE 'UTC') - interval '3 months')::date)) TO (MAXVALUE);

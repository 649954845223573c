-- epics 1..2500 except every 8th; each has its work item (issue_id = 100000 + id). Fixed flags true,
-- false or NULL (the Ruby's .present? makes NULL false); start/due dates sourced from another epic (some
-- missing: no work item id then), from a milestone, or fixed.
INSERT INTO epics (id, group_id, author_id, iid, created_at, updated_at, title, title_html, issue_id,
                   start_date, end_date, start_date_fixed, due_date_fixed, start_date_is_fixed, due_date_is_fixed,
                   start_date_sourcing_epic_id, due_date_sourcing_epic_id,
                   start_date_sourcing_milestone_id, due_date_sourcing_milestone_id)
SELECT g, 700 + g % 23, 1, g, now(), now(), 'epic ' || g, 'epic ' || g, 100000 + g,
       CASE WHEN g % 5 <> 0 THEN date '2024-01-01' + g % 90 END,
       CASE WHEN g % 6 <> 0 THEN date '2024-06-01' + g % 120 END,
       CASE WHEN g % 3 = 0 THEN date '2023-12-01' + g % 30 END,
       CASE WHEN g % 4 = 0 THEN date '2025-01-01' + g % 30 END,
       CASE g % 3 WHEN 0 THEN true WHEN 1 THEN false END,
       CASE g % 4 WHEN 0 THEN true WHEN 1 THEN NULL ELSE false END,
       CASE WHEN g % 7 = 1 THEN g + 3 WHEN g % 7 = 2 THEN 99999 END,
       CASE WHEN g % 9 = 2 THEN g - 1 WHEN g % 9 = 4 THEN 88888 END,
       CASE WHEN g % 7 = 3 THEN 40 + g % 11 END,
       CASE WHEN g % 9 = 5 THEN 60 + g % 13 END
FROM generate_series(1, 2500) g WHERE g % 8 <> 0;

-- dates sources that exist already: some stale (updated by the upsert), the ones of epics 1..40 with
-- every value as the epic would give it (the upsert keeps their updated_at), and others of work items
-- that are no epic (left alone)
INSERT INTO work_item_dates_sources (created_at, updated_at, issue_id, namespace_id, start_date_is_fixed, due_date)
SELECT timestamptz '2024-02-01 00:00:00+00', timestamptz '2024-02-02 00:00:00+00', 100000 + g, 1, true, date '2020-01-01'
FROM generate_series(41, 2500, 13) g WHERE g % 8 <> 0;
INSERT INTO work_item_dates_sources (created_at, updated_at, issue_id, namespace_id, start_date_is_fixed,
       due_date_is_fixed, start_date, due_date, start_date_sourcing_work_item_id, start_date_sourcing_milestone_id,
       due_date_sourcing_work_item_id, due_date_sourcing_milestone_id, start_date_fixed, due_date_fixed)
SELECT timestamptz '2024-02-01 00:00:00+00', timestamptz '2024-02-02 00:00:00+00', e.issue_id, e.group_id,
       COALESCE(e.start_date_is_fixed, false), COALESCE(e.due_date_is_fixed, false), e.start_date, e.end_date,
       s.issue_id, e.start_date_sourcing_milestone_id, d.issue_id, e.due_date_sourcing_milestone_id,
       e.start_date_fixed, e.due_date_fixed
FROM epics e LEFT JOIN epics s ON s.id = e.start_date_sourcing_epic_id LEFT JOIN epics d ON d.id = e.due_date_sourcing_epic_id
WHERE e.id <= 40;
INSERT INTO work_item_dates_sources (created_at, updated_at, issue_id, namespace_id, start_date)
SELECT timestamptz '2024-02-01 00:00:00+00', timestamptz '2024-02-02 00:00:00+00', 500000 + g, 3, date '2021-01-01'
FROM generate_series(1, 50) g;

CREATE TABLE original_sources AS SELECT * FROM work_item_dates_sources;
CREATE TABLE started AS SELECT now() AS at;

-- every statistics row of a project with a name has a filter with the project's name, the row's traversal_ids,
-- archived and counts, and the project's analyzer statuses (0 where it has none)
SELECT e.project_id FROM expected_filters e LEFT JOIN actual_filters f ON f.project_id = e.project_id
WHERE f.id IS NULL
   OR (f.project_name, f.traversal_ids, f.archived, f.counts, f.statuses)
      IS DISTINCT FROM (e.project_name::text, e.traversal_ids, e.archived, e.counts, e.statuses)

-- out-of-scope exports keep their project_id; no export's status, pipeline_id or updated_at changes
SELECT e.id FROM dependency_list_exports e JOIN dependency_list_exports_before b ON b.id = e.id
WHERE (b.pipeline_id IS NULL AND e.project_id IS DISTINCT FROM b.project_id)
   OR e.updated_at <> b.updated_at OR e.status <> b.status OR e.pipeline_id IS DISTINCT FROM b.pipeline_id

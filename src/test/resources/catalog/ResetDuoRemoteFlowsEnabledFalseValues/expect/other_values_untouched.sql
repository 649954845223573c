-- true and NULL stay as they were, nothing else changes (updated_at included) and no row is lost
SELECT o.project_id FROM original_settings o LEFT JOIN project_settings s USING (project_id)
WHERE s.project_id IS NULL OR s.updated_at IS DISTINCT FROM o.updated_at
   OR (o.duo_remote_flows_enabled IS DISTINCT FROM false AND s.duo_remote_flows_enabled IS DISTINCT FROM o.duo_remote_flows_enabled)
   OR (o.duo_remote_flows_enabled = false AND s.duo_remote_flows_enabled IS NOT NULL)

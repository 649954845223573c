-- no setting is lost or gains one, and updated_at is not touched (update_all)
SELECT o.namespace_id FROM original_settings o FULL JOIN namespace_settings s USING (namespace_id)
WHERE s.namespace_id IS NULL OR o.namespace_id IS NULL OR s.updated_at IS DISTINCT FROM o.updated_at

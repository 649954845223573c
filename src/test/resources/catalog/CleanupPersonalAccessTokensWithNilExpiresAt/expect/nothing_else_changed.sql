-- every token is still there; tokens that had an expires_at are unchanged, the others changed only expires_at
SELECT o.id FROM original_tokens o LEFT JOIN personal_access_tokens t USING (id)
WHERE t.id IS NULL
   OR (o.expires_at IS NOT NULL AND (t.*)::text IS DISTINCT FROM (o.*)::text)
   OR (o.expires_at IS NULL AND ROW(t.name, t.user_id, t.updated_at, t.created_at)
                                IS DISTINCT FROM ROW(o.name, o.user_id, o.updated_at, o.created_at))

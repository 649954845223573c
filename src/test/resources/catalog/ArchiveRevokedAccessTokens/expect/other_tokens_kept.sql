-- tokens never revoked or revoked at or after the cutoff are still there, unchanged, and not archived
SELECT o.id FROM original_oauth_access_tokens o, cutoff c
WHERE (o.revoked_at IS NULL OR o.revoked_at >= c.at)
  AND (NOT EXISTS (SELECT 1 FROM oauth_access_tokens t
                   WHERE t.id = o.id AND (t.token, t.revoked_at, t.created_at) IS NOT DISTINCT FROM (o.token, o.revoked_at, o.created_at))
       OR EXISTS (SELECT 1 FROM oauth_access_token_archived_records a WHERE a.id = o.id))

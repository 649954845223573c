-- the archive holds the revoked tokens and the record archived before, nothing else
SELECT a.id FROM oauth_access_token_archived_records a
WHERE a.id <> 900000
  AND NOT EXISTS (SELECT 1 FROM original_oauth_access_tokens o, cutoff c WHERE o.id = a.id AND o.revoked_at < c.at)
UNION ALL
SELECT 900000 WHERE NOT EXISTS (SELECT 1 FROM oauth_access_token_archived_records WHERE id = 900000 AND token = 'old')

-- every token revoked before the cutoff is in the archive with its columns and an archived_at
SELECT o.id FROM original_oauth_access_tokens o, cutoff c
WHERE o.revoked_at < c.at
  AND NOT EXISTS (SELECT 1 FROM oauth_access_token_archived_records a
                  WHERE a.id = o.id AND a.archived_at IS NOT NULL
                    AND (a.resource_owner_id, a.application_id, a.token, a.refresh_token, a.expires_in,
                         a.revoked_at, a.created_at, a.scopes, a.organization_id)
                        IS NOT DISTINCT FROM (o.resource_owner_id, o.application_id, o.token, o.refresh_token, o.expires_in,
                         o.revoked_at, o.created_at, o.scopes, o.organization_id))

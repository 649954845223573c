-- no token revoked before the cutoff is left in oauth_access_tokens
SELECT t.id, t.revoked_at FROM oauth_access_tokens t, cutoff c WHERE t.revoked_at < c.at

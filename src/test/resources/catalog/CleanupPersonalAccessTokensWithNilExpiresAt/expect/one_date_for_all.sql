-- all the tokens the job filled got the same date (computed once)
SELECT count(DISTINCT t.expires_at) FROM personal_access_tokens t JOIN original_tokens o USING (id)
WHERE o.expires_at IS NULL HAVING count(DISTINCT t.expires_at) <> 1

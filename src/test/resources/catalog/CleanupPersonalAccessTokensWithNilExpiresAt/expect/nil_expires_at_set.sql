-- every token that had no expires_at now expires 365 days from today (UTC), give or take a day around midnight
SELECT t.id FROM personal_access_tokens t JOIN original_tokens o USING (id)
WHERE o.expires_at IS NULL
  AND (t.expires_at IS NULL
       OR t.expires_at NOT BETWEEN ((now() AT TIME ZONE 'UTC') + interval '364 days')::date
                               AND ((now() AT TIME ZONE 'UTC') + interval '366 days')::date)

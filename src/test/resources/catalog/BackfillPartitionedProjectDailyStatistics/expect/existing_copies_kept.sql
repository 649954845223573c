-- rows copied before are left as they were (ON CONFLICT DO NOTHING)
SELECT o.id FROM original_copy o LEFT JOIN project_daily_statistics_b8088ecbd2 d ON d.id = o.id AND d.date = o.date
WHERE d.id IS NULL OR d.fetch_count <> o.fetch_count

-- the job deletes nothing: 2917 rows remain
SELECT count(*) FROM dast_profiles_tags HAVING count(*) <> 2917

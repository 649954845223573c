-- every setting has a uuid, and they are all different
SELECT id FROM vs_code_settings WHERE uuid IS NULL
UNION ALL
SELECT min(id) FROM vs_code_settings GROUP BY uuid HAVING count(*) > 1

-- no setting is lost
SELECT 1 WHERE (SELECT count(*) FROM namespace_settings) <> (SELECT count(*) FROM original_settings)

-- no extensions row is left without a context hash
SELECT id FROM vs_code_settings WHERE setting_type = 'extensions' AND settings_context_hash IS NULL

-- no vulnerability without a finding_id remains
SELECT id FROM vulnerabilities WHERE finding_id IS NULL

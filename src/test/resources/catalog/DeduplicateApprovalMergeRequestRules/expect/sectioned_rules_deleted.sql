-- no rule of report type 2, 4 or 5 with a section is left
SELECT id FROM approval_merge_request_rules WHERE report_type IN (2, 4, 5) AND section IS NOT NULL

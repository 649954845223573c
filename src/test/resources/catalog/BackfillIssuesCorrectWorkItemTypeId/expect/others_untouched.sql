-- issues without an existing work item type are unchanged; no other column changes (updated_at
-- included); no row appears or disappears
SELECT b.id FROM bbm_case_issues_before b LEFT JOIN issues i ON i.id = b.id
WHERE i.id IS NULL
   OR (NOT EXISTS (SELECT 1 FROM work_item_types t WHERE t.id = b.work_item_type_id) AND (i.*)::text <> (b.*)::text)
   OR (SELECT jsonb_object_agg(k, v) FROM jsonb_each(to_jsonb(i)) AS e(k, v)
       WHERE k NOT LIKE '%_convert_to_bigint' AND k <> 'correct_work_item_type_id')
      <> (SELECT jsonb_object_agg(k, v) FROM jsonb_each(to_jsonb(b)) AS e(k, v)
          WHERE k NOT LIKE '%_convert_to_bigint' AND k <> 'correct_work_item_type_id')
UNION ALL
SELECT -1 WHERE (SELECT count(*) FROM issues) <> (SELECT count(*) FROM bbm_case_issues_before)

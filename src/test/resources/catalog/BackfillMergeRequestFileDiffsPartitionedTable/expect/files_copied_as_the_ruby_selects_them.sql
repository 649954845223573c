-- each file whose diff exists and that was not in the copy is copied once, new_path NULLIF old_path,
-- project_id the file's or else its diff's
SELECT f.merge_request_diff_id, f.relative_order
FROM merge_request_diff_files f
JOIN merge_request_diffs d ON d.id = f.merge_request_diff_id
LEFT JOIN merge_request_diff_files_99208b8fac c USING (merge_request_diff_id, relative_order)
WHERE NOT EXISTS (SELECT 1 FROM synced_before s
                  WHERE s.merge_request_diff_id = f.merge_request_diff_id AND s.relative_order = f.relative_order)
  AND (c.merge_request_diff_id IS NULL
    OR c.new_path IS DISTINCT FROM NULLIF(f.new_path, f.old_path)
    OR c.project_id IS DISTINCT FROM COALESCE(f.project_id, d.project_id)
    OR (c.new_file, c.renamed_file, c.deleted_file, c.too_large, c.a_mode, c.b_mode, c.old_path, c.diff,
        c.external_diff_offset, c.external_diff_size, c.encoded_file_path)
       IS DISTINCT FROM (f.new_file, f.renamed_file, f.deleted_file, f.too_large, f.a_mode, f.b_mode, f.old_path,
        f.diff, f.external_diff_offset, f.external_diff_size, f.encoded_file_path)
    OR c."binary" IS DISTINCT FROM f."binary" OR c.generated IS DISTINCT FROM f.generated)

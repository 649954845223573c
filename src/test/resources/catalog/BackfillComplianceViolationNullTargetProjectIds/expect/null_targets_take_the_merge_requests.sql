-- violations without a target_project_id whose merge request exists now have the merge request's target_project_id
SELECT v.id, v.target_project_id, mr.target_project_id AS mr_target
FROM merge_requests_compliance_violations v JOIN violations_before b ON b.id = v.id JOIN merge_requests mr ON mr.id = v.merge_request_id
WHERE b.target_project_id IS NULL AND v.target_project_id IS DISTINCT FROM mr.target_project_id

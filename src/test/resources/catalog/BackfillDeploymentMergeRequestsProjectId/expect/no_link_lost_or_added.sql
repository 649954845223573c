-- every link is still there, and no other appeared
SELECT (SELECT count(*) FROM deployment_merge_requests) AS now, (SELECT count(*) FROM original_links) AS before
WHERE (SELECT count(*) FROM deployment_merge_requests) <> (SELECT count(*) FROM original_links)

-- every row has its three columns copied to the *_convert_to_bigint ones (NULL environment_id copied as NULL)
SELECT deployment_id, merge_request_id FROM deployment_merge_requests
WHERE deployment_id_convert_to_bigint IS DISTINCT FROM deployment_id
   OR merge_request_id_convert_to_bigint IS DISTINCT FROM merge_request_id
   OR environment_id_convert_to_bigint IS DISTINCT FROM environment_id

-- the runner taggings are exactly the expected ones: each 'Ci::Runner' tagging of a copied runner once, with the
-- runner's sharding key and type; existing rows unchanged; none for runners not in the copy or without a sharding key
SELECT 'missing' AS problem, e.tag_id, e.runner_id FROM expected_taggings e
WHERE NOT EXISTS (SELECT 1 FROM ci_runner_taggings t WHERE t.tag_id = e.tag_id AND t.runner_id = e.runner_id
                    AND t.runner_type = e.runner_type AND t.sharding_key_id IS NOT DISTINCT FROM e.sharding_key_id)
UNION ALL
SELECT 'unexpected', t.tag_id, t.runner_id FROM ci_runner_taggings t
WHERE NOT EXISTS (SELECT 1 FROM expected_taggings e WHERE e.tag_id = t.tag_id AND e.runner_id = t.runner_id)

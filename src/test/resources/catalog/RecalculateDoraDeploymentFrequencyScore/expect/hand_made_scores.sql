-- the hand-made boundary cases have the scores worked out by hand from the Ruby
SELECT s.id, s.deployment_frequency, e.score FROM dora_performance_scores s JOIN expected_scores e ON e.id = s.id
WHERE s.deployment_frequency IS DISTINCT FROM e.score

-- no state is deleted or added
SELECT 'count' WHERE (SELECT count(*) FROM snippet_repository_states) <> (SELECT count(*) FROM original_states)

-- states with a group_id already, or whose repository is gone, keep what they had; nothing else
-- changes and no row disappears
SELECT b.id FROM bbm_case_before b LEFT JOIN group_wiki_repository_states s ON s.id = b.id
WHERE s.id IS NULL
   OR ((b.group_id IS NOT NULL OR NOT EXISTS (SELECT 1 FROM group_wiki_repositories r WHERE r.group_id = b.group_wiki_repository_id))
       AND (s.*)::text <> (b.*)::text)
   OR s.verification_state <> b.verification_state OR s.group_wiki_repository_id <> b.group_wiki_repository_id

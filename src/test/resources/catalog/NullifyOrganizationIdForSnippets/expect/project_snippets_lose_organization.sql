-- no project snippet keeps an organization_id
SELECT id, organization_id FROM snippets WHERE type = 'ProjectSnippet' AND organization_id IS NOT NULL

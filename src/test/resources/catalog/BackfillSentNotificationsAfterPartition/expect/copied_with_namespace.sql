-- every notification the Ruby copies is in p_sent_notifications with its columns and the noteable's namespace
-- (the rows there before keep theirs)
SELECT s.id FROM sent_notifications s JOIN expected_namespace e ON e.id = s.id
WHERE NOT EXISTS (SELECT 1 FROM p_sent_notifications p
                  WHERE p.id = s.id AND p.created_at = s.created_at
                    AND (p.project_id, p.noteable_id, p.noteable_type, p.recipient_id, p.commit_id, p.reply_key,
                         p.in_reply_to_discussion_id, p.issue_email_participant_id)
                        IS NOT DISTINCT FROM (s.project_id, s.noteable_id, s.noteable_type, s.recipient_id, s.commit_id,
                         s.reply_key, s.in_reply_to_discussion_id, s.issue_email_participant_id)
                    AND p.namespace_id = CASE WHEN EXISTS (SELECT 1 FROM original_copy o WHERE o.id = s.id) THEN 1 ELSE e.namespace_id END)

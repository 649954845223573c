-- objects due within the hour keep their time; the others were moved, to no earlier than 45 minutes from now; none lost
SELECT o.id FROM orig_objects o LEFT JOIN ci_deleted_objects c ON c.id = o.id
WHERE c.id IS NULL
   OR (o.pick_up_at <= now() + interval '45 minutes' AND c.pick_up_at <> o.pick_up_at)
   OR (o.pick_up_at > now() + interval '2 hours' AND c.pick_up_at < now() + interval '45 minutes')

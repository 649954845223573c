-- no object is picked up later than an hour from now (a minute of slack for the test's own run)
SELECT id, pick_up_at FROM ci_deleted_objects WHERE pick_up_at > now() + interval '61 minutes'

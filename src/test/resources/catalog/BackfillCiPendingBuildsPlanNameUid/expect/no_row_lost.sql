-- the job deletes nothing: 2058 pending builds remain
SELECT count(*) FROM ci_pending_builds HAVING count(*) <> 2058

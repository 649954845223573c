-- project_settings for projects 1..1500, every 8th missing, all last updated in 2020; has_vulnerabilities
-- starts true for every 4th project (stale for some) and false otherwise.
INSERT INTO project_settings (project_id, created_at, updated_at, has_vulnerabilities)
SELECT g, timestamptz '2020-01-01 00:00+00', timestamptz '2020-01-01 00:00+00', g % 4 = 0
FROM generate_series(1, 1500) g WHERE g % 8 <> 0;

-- vulnerabilities: projects with p % 3 = 0 have one present on the default branch (and every 5th of them
-- one that is not as well); projects with p % 3 = 1 only have ones no longer present on the default
-- branch (they count as none); projects with p % 3 = 2 have none. Projects 1501..1600 have some but no
-- project_settings row.
INSERT INTO vulnerabilities (id, project_id, author_id, created_at, updated_at, title, severity, report_type,
                             present_on_default_branch, finding_id)
SELECT row_number() OVER (), p, 1, now(), now(), 'v', 4, 0, present, p
FROM (SELECT p, true AS present FROM generate_series(1, 1600) p WHERE p % 3 = 0
      UNION ALL SELECT p, false FROM generate_series(1, 1600) p WHERE p % 3 = 1 OR p % 15 = 0) v;

-- plans 1..6 with plan_name_uid 1..6 (as GitLab numbers default, free, bronze, silver, premium, gold),
-- plan 7 without a plan_name_uid; plan ids 8 and 9 do not exist.
INSERT INTO plans (id, created_at, updated_at, name, title, plan_name_uid)
SELECT g, now(), now(), 'plan-' || g, 'Plan ' || g, CASE WHEN g <= 6 THEN g END
FROM generate_series(1, 7) g;

-- 1..2400, every 7th id missing: most have a plan and no plan_name_uid yet (to fill); every 11th has no
-- plan_id; every 13th already has a plan_name_uid of its own (9, kept); plan_id cycles 1..9, so some
-- point at plan 7 (no plan_name_uid) or at a missing plan (8, 9): those stay NULL.
INSERT INTO ci_pending_builds (id, build_id, project_id, partition_id, plan_id, plan_name_uid)
SELECT g, 100000 + g, 1 + g % 50, 100,
       CASE WHEN g % 11 = 0 THEN NULL ELSE 1 + g % 9 END,
       CASE WHEN g % 13 = 0 THEN 9 END
FROM generate_series(1, 2400) g WHERE g % 7 <> 0;

-- 3000 projects with gaps; every 3rd already has settings (with other values, which must stay)
INSERT INTO projects (id, name, path, namespace_id)
SELECT g, 'p' || g, 'p' || g, 1 FROM generate_series(1, 3500) g WHERE g % 7 <> 0;
INSERT INTO project_ci_cd_settings (project_id, default_git_depth, forward_deployment_enabled, group_runners_enabled)
SELECT id, 50, false, false FROM projects WHERE id % 3 = 0;
CREATE TABLE original_settings AS SELECT * FROM project_ci_cd_settings;

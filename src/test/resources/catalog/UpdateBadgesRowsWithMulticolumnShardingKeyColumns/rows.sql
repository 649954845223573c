-- badges 1..2500 with every 11th id missing; by n % 4: project only (ProjectBadge), group only
-- (GroupBadge), both (to fix), neither (left alone: neither filter matches)
INSERT INTO badges (id, link_url, image_url, project_id, group_id, type, created_at, updated_at)
SELECT n, 'https://l/' || n, 'https://i/' || n,
       CASE WHEN n % 4 IN (0, 2) THEN 100 + n END,
       CASE WHEN n % 4 IN (1, 2) THEN 200 + n END,
       CASE WHEN n % 4 = 1 THEN 'GroupBadge' ELSE 'ProjectBadge' END,
       timestamptz '2024-01-01 00:00+00', timestamptz '2024-01-02 00:00+00'
FROM generate_series(1, 2500) n WHERE n % 11 <> 4;

CREATE TABLE original_badges AS SELECT * FROM badges;

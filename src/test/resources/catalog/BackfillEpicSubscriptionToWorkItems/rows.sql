-- epics 1..1500 with every 9th id (4, 13, ...) missing; epic e's work item is issue 100000 + e
INSERT INTO epics (id, group_id, iid, title, issue_id)
SELECT e, 1, e, 'epic ' || e, 100000 + e FROM generate_series(1, 1500) e WHERE e % 9 <> 4;

-- an Epic subscription of user (e % 4) + 1 on every epic id 1..1600 (1501..1600 and the missing ids have no
-- epic: left alone); every 3rd work item already has a subscription of the same user (a duplicate
-- pair: the older of the two is deleted, by updated_at); Issue subscriptions of other users stay
INSERT INTO subscriptions (id, user_id, subscribable_id, subscribable_type, subscribed, created_at, updated_at)
SELECT e, (e % 4) + 1, e, 'Epic', e % 2 = 0, timestamp '2020-01-01', timestamp '2020-01-01' + e % 5 * interval '1 day'
FROM generate_series(1, 1600) e;
INSERT INTO subscriptions (id, user_id, subscribable_id, subscribable_type, subscribed, created_at, updated_at)
SELECT 10000 + e, (e % 4) + 1, 100000 + e, 'Issue', true, timestamp '2020-01-01', timestamp '2020-01-03'
FROM generate_series(1, 1500) e WHERE e % 3 = 0;
INSERT INTO subscriptions (id, user_id, subscribable_id, subscribable_type, subscribed, created_at, updated_at)
SELECT 20000 + e, 99, 100000 + e, 'Issue', true, timestamp '2020-01-01', timestamp '2020-01-01'
FROM generate_series(1, 1500) e WHERE e % 7 = 0;

CREATE TABLE original_subscriptions AS SELECT * FROM subscriptions;

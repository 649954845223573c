-- no Epic subscription is left on an epic that exists
SELECT s.id FROM subscriptions s JOIN epics e ON e.id = s.subscribable_id WHERE s.subscribable_type = 'Epic'

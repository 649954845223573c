-- no security policy bot that is a project member in a premium, silver or premium_trial root namespace is left
SELECT u.id FROM users u JOIN doomed d ON d.id = u.id

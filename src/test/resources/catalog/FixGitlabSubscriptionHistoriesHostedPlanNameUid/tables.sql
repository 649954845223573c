-- gitlab_subscription_histories as GitLab's db/structure.sql defines it (commit 0016ea05; foreign keys
-- dropped), plus hosted_plan_name_uid, which a later migration adds (not in the stored structure.sql;
-- written as a nullable smallint). plans is reduced to the columns the job uses and its name/title, with
-- plan_name_uid (added later as well, a smallint): its CREATE TABLE was not in the parts read.
CREATE TABLE gitlab_subscription_histories (
    id bigint NOT NULL,
    gitlab_subscription_created_at timestamp with time zone,
    gitlab_subscription_updated_at timestamp with time zone,
    start_date date,
    end_date date,
    trial_ends_on date,
    namespace_id bigint,
    hosted_plan_id bigint,
    max_seats_used integer,
    seats integer,
    trial boolean,
    change_type smallint,
    gitlab_subscription_id bigint NOT NULL,
    created_at timestamp with time zone,
    trial_starts_on date,
    auto_renew boolean,
    trial_extension_type smallint,
    seats_in_use integer,
    hosted_plan_name_uid smallint,
    CONSTRAINT check_6d5f27a106 CHECK ((namespace_id IS NOT NULL))
);
ALTER TABLE ONLY gitlab_subscription_histories ADD CONSTRAINT gitlab_subscription_histories_pkey PRIMARY KEY (id);

CREATE TABLE plans (
    id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    name character varying,
    title character varying,
    plan_name_uid smallint
);
ALTER TABLE ONLY plans ADD CONSTRAINT plans_pkey PRIMARY KEY (id);

-- The two tables as GitLab defines them (written from GitLab's models and migrations; the stored
-- structure.sql chunk holding them was not read, to save look-ups). subscription_add_on_uid is added
-- by 18.11's migration as a smallint (NULL allowed) for the enum integer of the add-on's name.
CREATE TABLE subscription_add_ons (
    id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    name smallint NOT NULL,
    description text NOT NULL,
    CONSTRAINT check_4c39d15ada CHECK ((char_length(description) <= 512))
);
ALTER TABLE ONLY subscription_add_ons ADD CONSTRAINT subscription_add_ons_pkey PRIMARY KEY (id);
CREATE UNIQUE INDEX index_subscription_add_ons_on_name ON subscription_add_ons USING btree (name);

CREATE TABLE subscription_add_on_purchases (
    id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    subscription_add_on_id bigint NOT NULL,
    namespace_id bigint,
    quantity integer NOT NULL,
    expires_on date NOT NULL,
    purchase_xid text NOT NULL,
    last_assigned_users_refreshed_at timestamp with time zone,
    trial boolean DEFAULT false NOT NULL,
    started_at date,
    organization_id bigint NOT NULL,
    subscription_add_on_uid smallint,
    CONSTRAINT check_3313c4d200 CHECK ((char_length(purchase_xid) <= 255))
);
ALTER TABLE ONLY subscription_add_on_purchases ADD CONSTRAINT subscription_add_on_purchases_pkey PRIMARY KEY (id);

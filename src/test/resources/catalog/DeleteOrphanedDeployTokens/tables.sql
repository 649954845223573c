-- deploy_tokens, project_deploy_tokens and group_deploy_tokens from the stored db/structure.sql (commit 0016ea05).
-- Foreign keys dropped (so that orphans can exist, as they did on the instances this migration cleaned).
CREATE TABLE deploy_tokens (
    id bigint NOT NULL,
    revoked boolean DEFAULT false,
    read_repository boolean DEFAULT false NOT NULL,
    read_registry boolean DEFAULT false NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    created_at timestamp with time zone NOT NULL,
    name character varying NOT NULL,
    username character varying,
    token_encrypted character varying(255),
    deploy_token_type smallint DEFAULT 2 NOT NULL,
    write_registry boolean DEFAULT false NOT NULL,
    read_package_registry boolean DEFAULT false NOT NULL,
    write_package_registry boolean DEFAULT false NOT NULL,
    creator_id bigint,
    read_virtual_registry boolean DEFAULT false NOT NULL,
    project_id bigint,
    group_id bigint,
    write_virtual_registry boolean DEFAULT false NOT NULL
);
ALTER TABLE ONLY deploy_tokens ADD CONSTRAINT deploy_tokens_pkey PRIMARY KEY (id);

CREATE TABLE project_deploy_tokens (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    deploy_token_id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL
);
ALTER TABLE ONLY project_deploy_tokens ADD CONSTRAINT project_deploy_tokens_pkey PRIMARY KEY (id);

CREATE TABLE group_deploy_tokens (
    id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    group_id bigint NOT NULL,
    deploy_token_id bigint NOT NULL
);
ALTER TABLE ONLY group_deploy_tokens ADD CONSTRAINT group_deploy_tokens_pkey PRIMARY KEY (id);

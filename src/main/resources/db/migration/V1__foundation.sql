-- Foundation: organisers, units, clusters and their years, users, the audit trail.

CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is only STABLE; this wrapper fixes the dictionary so it can be used in indexes.
CREATE FUNCTION f_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- The lower-cased, accent-free form used by every search box.
CREATE FUNCTION search_key(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT lower(public.f_unaccent($1)) $$;

-- A body that organises clusters: a province's emulation council or the central council.
CREATE TABLE organizer (
    id           bigserial PRIMARY KEY,
    code         varchar(30)  NOT NULL,
    name         varchar(255) NOT NULL,
    kind         varchar(20)  NOT NULL CHECK (kind IN ('PROVINCE', 'CENTRAL')),
    working_year integer      NOT NULL CHECK (working_year BETWEEN 2000 AND 2100),
    version      bigint       NOT NULL DEFAULT 0,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT organizer_code_uk UNIQUE (code)
);

CREATE TABLE unit (
    id                bigserial PRIMARY KEY,
    organizer_id      bigint       NOT NULL REFERENCES organizer (id),
    code              varchar(30)  NOT NULL CHECK (btrim(code) <> ''),
    name              varchar(255) NOT NULL CHECK (btrim(name) <> ''),
    short_name        varchar(100) NOT NULL CHECK (btrim(short_name) <> ''),
    level             varchar(30)  NOT NULL CHECK (level IN ('PROVINCE_DEPARTMENT', 'DISTRICT', 'COMMUNE', 'PROVINCE')),
    parent_id         bigint REFERENCES unit (id),
    retired_on        date,
    retirement_reason varchar(500),
    successor_id      bigint REFERENCES unit (id),
    version           bigint       NOT NULL DEFAULT 0,
    created_at        timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT unit_successor_only_when_retired CHECK (successor_id IS NULL OR retired_on IS NOT NULL),
    CONSTRAINT unit_not_own_successor CHECK (successor_id IS NULL OR successor_id <> id),
    CONSTRAINT unit_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE UNIQUE INDEX unit_code_uk ON unit (organizer_id, lower(code));
CREATE INDEX unit_parent_idx ON unit (parent_id);
CREATE INDEX unit_successor_idx ON unit (successor_id);
CREATE INDEX unit_search_idx ON unit (organizer_id, search_key(name));

CREATE TABLE cluster (
    id           bigserial PRIMARY KEY,
    organizer_id bigint       NOT NULL REFERENCES organizer (id),
    code         varchar(30)  NOT NULL CHECK (btrim(code) <> ''),
    name         varchar(255) NOT NULL CHECK (btrim(name) <> ''),
    kind         varchar(20)  NOT NULL CHECK (kind IN ('CLUSTER', 'BLOC')),
    description  varchar(2000),
    version      bigint       NOT NULL DEFAULT 0,
    created_at   timestamptz  NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX cluster_code_uk ON cluster (organizer_id, lower(code));

-- A cluster in one emulation year.
CREATE TABLE cluster_term (
    id         bigserial PRIMARY KEY,
    cluster_id bigint      NOT NULL REFERENCES cluster (id),
    year       integer     NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    status     varchar(20) NOT NULL DEFAULT 'SET_UP'
        CHECK (status IN ('SET_UP', 'PLEDGE', 'SCORING', 'VOTE', 'PROPOSAL', 'DECIDED', 'CLOSED')),
    version    bigint      NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT cluster_term_year_uk UNIQUE (cluster_id, year)
);

CREATE TABLE cluster_member (
    id      bigserial PRIMARY KEY,
    term_id bigint      NOT NULL REFERENCES cluster_term (id),
    unit_id bigint      NOT NULL REFERENCES unit (id),
    role    varchar(10) NOT NULL CHECK (role IN ('HEAD', 'DEPUTY', 'MEMBER')),
    CONSTRAINT cluster_member_once_uk UNIQUE (term_id, unit_id)
);
-- One head per cluster-year; deferred so that the head can be handed over within one transaction.
ALTER TABLE cluster_member ADD CONSTRAINT cluster_member_one_head
    EXCLUDE USING btree (term_id WITH =) WHERE (role = 'HEAD') DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX cluster_member_unit_idx ON cluster_member (unit_id);

-- At most two deputies (cụm phó) per cluster-year, checked at commit for the same reason.
CREATE FUNCTION cluster_member_deputy_limit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT count(*) FROM cluster_member WHERE term_id = NEW.term_id AND role = 'DEPUTY') > 2 THEN
        RAISE EXCEPTION 'a cluster-year has at most two deputies' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER cluster_member_deputy_limit AFTER INSERT OR UPDATE ON cluster_member
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION cluster_member_deputy_limit();

CREATE TABLE app_user (
    id                  bigserial PRIMARY KEY,
    username            varchar(60)  NOT NULL CHECK (username ~ '^[A-Za-z0-9._-]{3,60}$'),
    password_hash       varchar(255) NOT NULL,
    full_name           varchar(255) NOT NULL,
    email               varchar(255),
    role                varchar(30)  NOT NULL
        CHECK (role IN ('PROVINCE_ADMIN', 'PROVINCE_REVIEWER', 'CLUSTER_HEAD', 'UNIT_OFFICER', 'VIEWER')),
    organizer_id        bigint       NOT NULL REFERENCES organizer (id),
    unit_id             bigint REFERENCES unit (id),
    enabled             boolean      NOT NULL DEFAULT true,
    failed_attempts     integer      NOT NULL DEFAULT 0,
    locked_until        timestamptz,
    password_changed_at timestamptz,
    last_login_at       timestamptz,
    version             bigint       NOT NULL DEFAULT 0,
    created_at          timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT app_user_unit_for_unit_roles CHECK (role NOT IN ('CLUSTER_HEAD', 'UNIT_OFFICER') OR unit_id IS NOT NULL)
);
CREATE UNIQUE INDEX app_user_username_uk ON app_user (lower(username));
CREATE INDEX app_user_organizer_idx ON app_user (organizer_id);
CREATE INDEX app_user_unit_idx ON app_user (unit_id);

-- The append-only audit trail: the database itself refuses to change or remove what it records.
CREATE TABLE audit_event (
    id           bigserial PRIMARY KEY,
    occurred_at  timestamptz  NOT NULL DEFAULT now(),
    actor        varchar(60)  NOT NULL,
    organizer_id bigint,
    action       varchar(60)  NOT NULL,
    entity_type  varchar(60)  NOT NULL,
    entity_id    bigint,
    summary      varchar(500),
    old_value    jsonb,
    new_value    jsonb,
    reason       varchar(2000)
);
CREATE INDEX audit_event_time_idx ON audit_event (occurred_at DESC);
CREATE INDEX audit_event_entity_idx ON audit_event (entity_type, entity_id);
CREATE INDEX audit_event_organizer_idx ON audit_event (organizer_id, occurred_at DESC);
CREATE INDEX audit_event_actor_idx ON audit_event (lower(actor));

CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_event_no_update_delete BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();

-- Which demonstration scripts have been loaded.
CREATE TABLE demo_script (
    name       varchar(200) PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now()
);

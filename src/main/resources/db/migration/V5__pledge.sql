-- Pledges (giao ước thi đua): one per cluster-year, drafted by the head, signed by every member, countersigned
-- by the head. Once opened for signing, its text is frozen and every signature stores the SHA-256 hash of the
-- canonical text the signer saw.

CREATE TABLE pledge (
    id             bigserial PRIMARY KEY,
    term_id        bigint       NOT NULL REFERENCES cluster_term (id),
    organizer_id   bigint       NOT NULL REFERENCES organizer (id),
    status         varchar(20)  NOT NULL DEFAULT 'DRAFT'
        CHECK (status IN ('DRAFT', 'OPEN', 'COMPLETED', 'WITHDRAWN')),
    title          varchar(500) NOT NULL CHECK (btrim(title) <> ''),
    signing_place  varchar(200),
    preamble       text,
    goals          text,
    commitments    text,
    deadline       date,
    opened_at      timestamptz,
    completed_at   timestamptz,
    canonical_text text,
    text_hash      varchar(64) CHECK (text_hash IS NULL OR text_hash ~ '^[0-9a-f]{64}$'),
    verify_code    varchar(40)  NOT NULL,
    version        bigint       NOT NULL DEFAULT 0,
    created_at     timestamptz  NOT NULL DEFAULT now(),
    updated_at     timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT pledge_term_uk UNIQUE (term_id),
    CONSTRAINT pledge_verify_code_uk UNIQUE (verify_code),
    CONSTRAINT pledge_frozen_when_open CHECK (status NOT IN ('OPEN', 'COMPLETED')
        OR (canonical_text IS NOT NULL AND text_hash IS NOT NULL AND deadline IS NOT NULL AND opened_at IS NOT NULL)),
    CONSTRAINT pledge_completed_at CHECK (status <> 'COMPLETED' OR completed_at IS NOT NULL)
);
CREATE INDEX pledge_organizer_idx ON pledge (organizer_id);

-- The targets (chỉ tiêu), grouped by field, in the order the document shows them.
CREATE TABLE pledge_target (
    id              bigserial PRIMARY KEY,
    pledge_id       bigint       NOT NULL REFERENCES pledge (id),
    position        integer      NOT NULL CHECK (position >= 0),
    field           varchar(30)  NOT NULL
        CHECK (field IN ('ECONOMY_SOCIETY', 'DEFENCE_SECURITY', 'PARTY_GOVERNMENT', 'EMULATION_WORK')),
    name            varchar(500) NOT NULL CHECK (btrim(name) <> ''),
    unit_of_measure varchar(100),
    target_value    numeric(20, 4),
    CONSTRAINT pledge_target_position_uk UNIQUE (pledge_id, position) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX pledge_target_pledge_idx ON pledge_target (pledge_id);

-- A target set per member: one value per member unit.
CREATE TABLE pledge_target_value (
    target_id    bigint         NOT NULL REFERENCES pledge_target (id) ON DELETE CASCADE,
    unit_id      bigint         NOT NULL REFERENCES unit (id),
    target_value numeric(20, 4) NOT NULL,
    PRIMARY KEY (target_id, unit_id)
);
CREATE INDEX pledge_target_value_unit_idx ON pledge_target_value (unit_id);

-- Every answer of a member (signed or declined) and the head's countersignature. Rows are never deleted:
-- a later answer supersedes an earlier one, a withdrawal voids them.
CREATE TABLE pledge_signature (
    id             bigserial PRIMARY KEY,
    pledge_id      bigint        NOT NULL REFERENCES pledge (id),
    unit_id        bigint        NOT NULL REFERENCES unit (id),
    unit_name      varchar(255)  NOT NULL,
    signer_id      bigint        NOT NULL REFERENCES app_user (id),
    signer_name    varchar(255)  NOT NULL,
    role           varchar(10)   NOT NULL CHECK (role IN ('MEMBER', 'HEAD')),
    answer         varchar(10)   NOT NULL CHECK (answer IN ('SIGNED', 'DECLINED')),
    status         varchar(12)   NOT NULL DEFAULT 'VALID' CHECK (status IN ('VALID', 'SUPERSEDED', 'VOID')),
    answered_at    timestamptz   NOT NULL,
    ip_address     varchar(64),
    text_hash      varchar(64)   NOT NULL CHECK (text_hash ~ '^[0-9a-f]{64}$'),
    decline_reason varchar(2000),
    voided_at      timestamptz,
    void_reason    varchar(2000),
    CONSTRAINT pledge_signature_decline_reason CHECK (answer <> 'DECLINED' OR decline_reason IS NOT NULL),
    CONSTRAINT pledge_signature_head_signs CHECK (role <> 'HEAD' OR answer = 'SIGNED')
);
-- One current answer per unit: a unit signs once. Checked at commit, so that a decline can be superseded by a
-- signature in the same transaction whatever order the statements run in.
ALTER TABLE pledge_signature ADD CONSTRAINT pledge_signature_current_uk
    EXCLUDE USING btree (pledge_id WITH =, unit_id WITH =) WHERE (status = 'VALID') DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX pledge_signature_pledge_idx ON pledge_signature (pledge_id);
CREATE INDEX pledge_signature_unit_idx ON pledge_signature (unit_id);
CREATE INDEX pledge_signature_signer_idx ON pledge_signature (signer_id);

-- Signatures are never deleted, and what a signature proves never changes: only its status may move on
-- (valid -> superseded or void), with the time and reason of a voiding.
CREATE FUNCTION pledge_signature_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' OR TG_OP = 'TRUNCATE' THEN
        RAISE EXCEPTION 'pledge signatures are never deleted: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.pledge_id <> OLD.pledge_id OR NEW.unit_id <> OLD.unit_id OR NEW.unit_name <> OLD.unit_name
        OR NEW.signer_id <> OLD.signer_id OR NEW.signer_name <> OLD.signer_name OR NEW.role <> OLD.role
        OR NEW.answer <> OLD.answer OR NEW.answered_at <> OLD.answered_at
        OR NEW.ip_address IS DISTINCT FROM OLD.ip_address OR NEW.text_hash <> OLD.text_hash
        OR NEW.decline_reason IS DISTINCT FROM OLD.decline_reason THEN
        RAISE EXCEPTION 'a pledge signature never changes what it records' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.status <> OLD.status AND NOT (OLD.status = 'VALID' AND NEW.status IN ('SUPERSEDED', 'VOID')) THEN
        RAISE EXCEPTION 'a pledge signature cannot go from % to %', OLD.status, NEW.status USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER pledge_signature_no_delete BEFORE UPDATE OR DELETE ON pledge_signature
    FOR EACH ROW EXECUTE FUNCTION pledge_signature_guard();
CREATE TRIGGER pledge_signature_no_truncate BEFORE TRUNCATE ON pledge_signature
    FOR EACH STATEMENT EXECUTE FUNCTION pledge_signature_guard();

-- Every change of a pledge's status: who, when, why, and for an opening the frozen text and its hash.
CREATE TABLE pledge_status_change (
    id             bigserial PRIMARY KEY,
    pledge_id      bigint       NOT NULL REFERENCES pledge (id),
    from_status    varchar(20),
    to_status      varchar(20)  NOT NULL,
    actor_id       bigint REFERENCES app_user (id),
    actor_name     varchar(255) NOT NULL,
    changed_at     timestamptz  NOT NULL,
    reason         varchar(2000),
    text_hash      varchar(64),
    canonical_text text
);
CREATE INDEX pledge_status_change_pledge_idx ON pledge_status_change (pledge_id, changed_at);
CREATE INDEX pledge_status_change_actor_idx ON pledge_status_change (actor_id);

CREATE FUNCTION pledge_history_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'pledge history is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER pledge_status_change_append_only BEFORE UPDATE OR DELETE ON pledge_status_change
    FOR EACH ROW EXECUTE FUNCTION pledge_history_is_append_only();

-- Awards, part 2, the common ground: the organiser's review of a submitted proposal item by item, and decisions
-- (quyết định khen thưởng) with the awards they grant, revoke or amend. Decisions, their awards and revocations are
-- written once and never changed: a mistake is corrected by a later decision.

-- The review: a submitted proposal is judged item by item (a reviewer recommends, an administrator accepts or
-- rejects with a reason), then either returned whole for correction or its review concluded (REVIEWED): only the
-- accepted items of a reviewed proposal can be decided.
ALTER TABLE award_proposal DROP CONSTRAINT award_proposal_status_check;
ALTER TABLE award_proposal ADD CONSTRAINT award_proposal_status_check
    CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'REVIEWED'));

ALTER TABLE award_proposal_item
    ADD COLUMN recommended_outcome   varchar(10) CHECK (recommended_outcome IN ('ACCEPTED', 'REJECTED')),
    ADD COLUMN recommendation_reason varchar(1000),
    ADD COLUMN recommended_by        varchar(100),
    ADD COLUMN recommended_at        timestamptz,
    ADD COLUMN review_outcome        varchar(10) CHECK (review_outcome IN ('ACCEPTED', 'REJECTED')),
    ADD COLUMN review_reason         varchar(1000),
    ADD COLUMN reviewed_by           varchar(100),
    ADD COLUMN reviewed_at           timestamptz,
    ADD CONSTRAINT award_proposal_item_rejection_reason
        CHECK (review_outcome IS DISTINCT FROM 'REJECTED' OR length(btrim(review_reason)) > 0);

-- Every recommendation and every outcome given to an item, in order: the item's review history.
CREATE TABLE award_proposal_item_review (
    id          bigserial PRIMARY KEY,
    item_id     bigint        NOT NULL REFERENCES award_proposal_item (id),
    kind        varchar(20)   NOT NULL CHECK (kind IN ('RECOMMENDED', 'ACCEPTED', 'REJECTED', 'CLEARED')),
    outcome     varchar(10) CHECK (outcome IN ('ACCEPTED', 'REJECTED')),
    reason      varchar(1000),
    actor       varchar(100)  NOT NULL,
    occurred_at timestamptz   NOT NULL
);
CREATE INDEX award_proposal_item_review_item ON award_proposal_item_review (item_id);

CREATE FUNCTION award_proposal_item_review_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the review history of an item is never changed' USING ERRCODE = 'check_violation';
END $$;
CREATE TRIGGER award_proposal_item_review_frozen BEFORE UPDATE OR DELETE ON award_proposal_item_review
    FOR EACH ROW EXECUTE FUNCTION award_proposal_item_review_guard();

-- The proposal: a submitted one may only move on (returned, or its review concluded); a reviewed one never changes.
CREATE OR REPLACE FUNCTION award_proposal_submitted_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status = 'REVIEWED' THEN
        RAISE EXCEPTION 'the proposal is reviewed: it cannot change' USING ERRCODE = 'check_violation';
    END IF;
    IF OLD.status = 'SUBMITTED' AND (TG_OP = 'DELETE' OR NEW.status = 'SUBMITTED'
            OR NEW.submission_recipient IS DISTINCT FROM OLD.submission_recipient
            OR NEW.submission_body IS DISTINCT FROM OLD.submission_body
            OR NEW.term_id IS DISTINCT FROM OLD.term_id) THEN
        RAISE EXCEPTION 'the proposal is submitted: it cannot change' USING ERRCODE = 'check_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;

-- Items, documents and the history: while the proposal is submitted only an item's review columns change; once it
-- is reviewed nothing does; the history only grows; nothing of a closed year changes.
CREATE OR REPLACE FUNCTION award_proposal_part_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    rows jsonb[];
    r jsonb;
    proposal_status varchar;
    year_status varchar;
    review_columns text[] := ARRAY['recommended_outcome', 'recommendation_reason', 'recommended_by', 'recommended_at',
                                   'review_outcome', 'review_reason', 'reviewed_by', 'reviewed_at'];
BEGIN
    rows := CASE TG_OP WHEN 'INSERT' THEN ARRAY[to_jsonb(NEW)] WHEN 'DELETE' THEN ARRAY[to_jsonb(OLD)]
                       ELSE ARRAY[to_jsonb(OLD), to_jsonb(NEW)] END;
    FOREACH r IN ARRAY rows LOOP
        SELECT p.status, t.status INTO proposal_status, year_status
        FROM award_proposal p JOIN cluster_term t ON t.id = p.term_id
        WHERE p.id = (r ->> 'proposal_id')::bigint;
        IF year_status = 'CLOSED' THEN
            RAISE EXCEPTION 'the cluster-year is closed: % cannot change', TG_TABLE_NAME USING ERRCODE = 'check_violation';
        END IF;
        IF TG_ARGV[0] = 'history' THEN
            IF TG_OP <> 'INSERT' THEN
                RAISE EXCEPTION 'the history of a proposal is never changed' USING ERRCODE = 'check_violation';
            END IF;
        ELSIF proposal_status = 'REVIEWED' THEN
            RAISE EXCEPTION 'the proposal is reviewed: % cannot change', TG_TABLE_NAME USING ERRCODE = 'check_violation';
        ELSIF proposal_status = 'SUBMITTED' THEN
            IF NOT (TG_ARGV[0] = 'item' AND TG_OP = 'UPDATE'
                    AND (to_jsonb(NEW) - review_columns) = (to_jsonb(OLD) - review_columns)) THEN
                RAISE EXCEPTION 'the proposal is submitted: % cannot change', TG_TABLE_NAME USING ERRCODE = 'check_violation';
            END IF;
        END IF;
    END LOOP;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;

-- A decision of an organiser's authority (the provincial People's Committee, or the Prime Minister for the central
-- council's awards). RECORDED: entered by an administrator; IMPORTED: brought in with the history of past awards.
CREATE TABLE award_decision (
    id            bigserial PRIMARY KEY,
    organizer_id  bigint        NOT NULL REFERENCES organizer (id),
    number        varchar(50)   NOT NULL CHECK (btrim(number) <> ''),
    decided_on    date          NOT NULL,
    year          integer       NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    authority     varchar(255)  NOT NULL CHECK (btrim(authority) <> ''),
    signer_name   varchar(150)  NOT NULL CHECK (btrim(signer_name) <> ''),
    signer_title  varchar(200)  NOT NULL CHECK (btrim(signer_title) <> ''),
    subject       varchar(1000) NOT NULL CHECK (btrim(subject) <> ''),
    source        varchar(20)   NOT NULL CHECK (source IN ('RECORDED', 'IMPORTED')),
    -- Demo and sample decisions carry invented numbers and dates: shown as such wherever the decision appears.
    illustrative  boolean       NOT NULL DEFAULT false,
    recorded_at   timestamptz   NOT NULL,
    recorded_by   varchar(100)  NOT NULL
);
CREATE UNIQUE INDEX award_decision_number_uk ON award_decision (organizer_id, lower(number), decided_on);
CREATE INDEX award_decision_year ON award_decision (organizer_id, year);

-- The signed decision as issued (a scan or the signed PDF): attached once, never replaced.
CREATE TABLE award_decision_file (
    decision_id  bigint        PRIMARY KEY REFERENCES award_decision (id),
    file_name    varchar(255)  NOT NULL,
    content_type varchar(100)  NOT NULL,
    size_bytes   integer       NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 10485760),
    sha256       varchar(64)   NOT NULL,
    content      bytea         NOT NULL,
    uploaded_at  timestamptz   NOT NULL,
    uploaded_by  varchar(100)  NOT NULL
);

-- One award a decision grants: to a unit (a collective) or a person of a unit (an individual). A proposal item is
-- decided at most once. The register number (số vào sổ) and the verification code (behind the certificate's QR
-- code) are given when the decision is recorded.
CREATE TABLE award_granted (
    id                bigserial PRIMARY KEY,
    decision_id       bigint        NOT NULL REFERENCES award_decision (id),
    organizer_id      bigint        NOT NULL REFERENCES organizer (id),
    award_type_id     bigint        NOT NULL REFERENCES award_type (id),
    year              integer       NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    unit_id           bigint        NOT NULL REFERENCES unit (id),
    person_name       varchar(150),
    person_position   varchar(150),
    person_gender     varchar(10) CHECK (person_gender IN ('MALE', 'FEMALE')),
    achievement       varchar(2000) NOT NULL CHECK (btrim(achievement) <> ''),
    proposal_item_id  bigint UNIQUE REFERENCES award_proposal_item (id),
    -- The award this one corrects (an amendment: the earlier one is revoked by the same decision).
    amends_id         bigint REFERENCES award_granted (id),
    register_number   varchar(40)   NOT NULL,
    verification_code varchar(32)   NOT NULL UNIQUE,
    created_at        timestamptz   NOT NULL,
    CHECK ((person_name IS NULL) = (person_position IS NULL)),
    CONSTRAINT award_granted_register_uk UNIQUE (organizer_id, register_number)
);
CREATE INDEX award_granted_decision ON award_granted (decision_id);
CREATE INDEX award_granted_unit ON award_granted (unit_id, year);
CREATE INDEX award_granted_organizer_year ON award_granted (organizer_id, year, award_type_id);

-- An award withdrawn (thu hồi) or replaced (AMENDED, by an award of the same decision naming it) by a later decision.
CREATE TABLE award_revocation (
    id          bigserial PRIMARY KEY,
    decision_id bigint        NOT NULL REFERENCES award_decision (id),
    granted_id  bigint        NOT NULL UNIQUE REFERENCES award_granted (id),
    kind        varchar(10)   NOT NULL CHECK (kind IN ('REVOKED', 'AMENDED')),
    reason      varchar(1000) NOT NULL CHECK (btrim(reason) <> ''),
    created_at  timestamptz   NOT NULL
);
CREATE INDEX award_revocation_decision ON award_revocation (decision_id);

-- Written once: a decision, its file, its awards and its revocations are never updated or deleted.
CREATE FUNCTION award_decision_frozen_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'a recorded decision cannot change: % is written once', TG_TABLE_NAME
        USING ERRCODE = 'check_violation';
END $$;
CREATE TRIGGER award_decision_frozen BEFORE UPDATE OR DELETE ON award_decision
    FOR EACH ROW EXECUTE FUNCTION award_decision_frozen_guard();
CREATE TRIGGER award_decision_file_frozen BEFORE UPDATE OR DELETE ON award_decision_file
    FOR EACH ROW EXECUTE FUNCTION award_decision_frozen_guard();
CREATE TRIGGER award_granted_frozen BEFORE UPDATE OR DELETE ON award_granted
    FOR EACH ROW EXECUTE FUNCTION award_decision_frozen_guard();
CREATE TRIGGER award_revocation_frozen BEFORE UPDATE OR DELETE ON award_revocation
    FOR EACH ROW EXECUTE FUNCTION award_decision_frozen_guard();
CREATE TRIGGER award_decision_no_truncate BEFORE TRUNCATE ON award_decision
    FOR EACH STATEMENT EXECUTE FUNCTION award_decision_frozen_guard();
CREATE TRIGGER award_granted_no_truncate BEFORE TRUNCATE ON award_granted
    FOR EACH STATEMENT EXECUTE FUNCTION award_decision_frozen_guard();

-- Only a later decision revokes or amends, and an award decided from a proposal item only from an accepted item of
-- a reviewed proposal.
CREATE FUNCTION award_granted_source_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    ok boolean;
BEGIN
    IF TG_TABLE_NAME = 'award_revocation' THEN
        SELECT later.id <> earlier.id AND later.decided_on >= earlier.decided_on INTO ok
        FROM award_decision later, award_granted g JOIN award_decision earlier ON earlier.id = g.decision_id
        WHERE later.id = NEW.decision_id AND g.id = NEW.granted_id;
        IF NOT coalesce(ok, false) THEN
            RAISE EXCEPTION 'only a later decision revokes an award' USING ERRCODE = 'check_violation';
        END IF;
    ELSIF NEW.proposal_item_id IS NOT NULL THEN
        SELECT i.review_outcome = 'ACCEPTED' AND p.status = 'REVIEWED' INTO ok
        FROM award_proposal_item i JOIN award_proposal p ON p.id = i.proposal_id
        WHERE i.id = NEW.proposal_item_id;
        IF NOT coalesce(ok, false) THEN
            RAISE EXCEPTION 'only an accepted item of a reviewed proposal can be decided' USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER award_revocation_source BEFORE INSERT ON award_revocation
    FOR EACH ROW EXECUTE FUNCTION award_granted_source_guard();
CREATE TRIGGER award_granted_source BEFORE INSERT ON award_granted
    FOR EACH ROW EXECUTE FUNCTION award_granted_source_guard();

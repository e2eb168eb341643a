-- Onward proposals (đề nghị khen thưởng cấp Nhà nước): a province proposes national awards (the Government's
-- emulation flag, the Prime Minister's certificate of merit) to the Central Emulation and Commendation Council, each
-- item built on an award the province has decided. The council's staff review item by item, return the whole for
-- correction or conclude the review; its administrator then records the central decision, granting the national
-- awards to the accepted items (written with the other decisions, in award_decision and award_granted).

CREATE TABLE award_onward_proposal (
    id                   bigserial PRIMARY KEY,
    organizer_id         bigint        NOT NULL REFERENCES organizer (id),
    -- To whom: the central council the proposal is addressed to.
    recipient_id         bigint        NOT NULL REFERENCES organizer (id),
    year                 integer       NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    status               varchar(20)   NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'REVIEWED')),
    submission_recipient varchar(500)  NOT NULL,
    submission_body      text          NOT NULL CHECK (length(submission_body) <= 20000),
    -- The council's comments when it returned the proposal for correction (the latest return).
    return_comment       varchar(2000),
    -- The central decision on the accepted items: recorded once, after the review is concluded.
    decision_id          bigint REFERENCES award_decision (id),
    created_at           timestamptz   NOT NULL,
    created_by           varchar(100)  NOT NULL,
    updated_at           timestamptz   NOT NULL,
    submitted_at         timestamptz,
    submitted_by         varchar(100),
    version              bigint        NOT NULL DEFAULT 0,
    CONSTRAINT award_onward_proposal_year_uk UNIQUE (organizer_id, year),
    CHECK (decision_id IS NULL OR status = 'REVIEWED')
);
CREATE INDEX award_onward_proposal_recipient ON award_onward_proposal (recipient_id, year);
CREATE INDEX award_onward_proposal_decision ON award_onward_proposal (decision_id);

-- One proposed national award: its type, the province's award it builds on, the recipient (copied from that award),
-- the summary of achievements, the council's outcome, and the award the central decision granted.
CREATE TABLE award_onward_item (
    id               bigserial PRIMARY KEY,
    proposal_id      bigint        NOT NULL REFERENCES award_onward_proposal (id),
    award_type_id    bigint        NOT NULL REFERENCES award_type (id),
    basis_award_id   bigint        NOT NULL REFERENCES award_granted (id),
    unit_id          bigint        NOT NULL REFERENCES unit (id),
    person_name      varchar(150),
    person_position  varchar(150),
    person_gender    varchar(10) CHECK (person_gender IN ('MALE', 'FEMALE')),
    summary          varchar(2000) NOT NULL CHECK (btrim(summary) <> ''),
    review_outcome   varchar(10) CHECK (review_outcome IN ('ACCEPTED', 'REJECTED')),
    review_reason    varchar(1000),
    reviewed_by      varchar(100),
    reviewed_at      timestamptz,
    granted_award_id bigint UNIQUE REFERENCES award_granted (id),
    CONSTRAINT award_onward_item_uk UNIQUE (proposal_id, award_type_id, basis_award_id),
    CONSTRAINT award_onward_item_rejection_reason
        CHECK (review_outcome IS DISTINCT FROM 'REJECTED' OR length(btrim(review_reason)) > 0),
    CHECK ((person_name IS NULL) = (person_position IS NULL)),
    CHECK (granted_award_id IS NULL OR review_outcome = 'ACCEPTED')
);
CREATE INDEX award_onward_item_proposal ON award_onward_item (proposal_id);
CREATE INDEX award_onward_item_type ON award_onward_item (award_type_id);
CREATE INDEX award_onward_item_basis ON award_onward_item (basis_award_id);
CREATE INDEX award_onward_item_unit ON award_onward_item (unit_id);

CREATE TABLE award_onward_status_change (
    id          bigserial PRIMARY KEY,
    proposal_id bigint        NOT NULL REFERENCES award_onward_proposal (id),
    from_status varchar(20),
    to_status   varchar(20)   NOT NULL,
    actor       varchar(100)  NOT NULL,
    occurred_at timestamptz   NOT NULL,
    reason      varchar(2000)
);
CREATE INDEX award_onward_status_change_proposal ON award_onward_status_change (proposal_id);

-- A submitted proposal only moves on (returned, or its review concluded); a reviewed one only receives its decision,
-- once. Neither is ever deleted.
CREATE FUNCTION award_onward_proposal_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    moving text[] := ARRAY['status', 'return_comment', 'updated_at', 'version'];
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.status <> 'DRAFT' THEN
            RAISE EXCEPTION 'the onward proposal is submitted: it cannot be deleted' USING ERRCODE = 'check_violation';
        END IF;
        RETURN OLD;
    END IF;
    IF OLD.status = 'REVIEWED' THEN
        IF OLD.decision_id IS NOT NULL OR NEW.decision_id IS NULL
                OR (to_jsonb(NEW) - ARRAY['decision_id', 'updated_at', 'version'])
                   <> (to_jsonb(OLD) - ARRAY['decision_id', 'updated_at', 'version']) THEN
            RAISE EXCEPTION 'the onward proposal is reviewed: it cannot change' USING ERRCODE = 'check_violation';
        END IF;
    ELSIF OLD.status = 'SUBMITTED' THEN
        IF NEW.status = 'DRAFT' OR (to_jsonb(NEW) - moving) <> (to_jsonb(OLD) - moving) THEN
            RAISE EXCEPTION 'the onward proposal is submitted: it cannot change' USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER award_onward_proposal_frozen BEFORE UPDATE OR DELETE ON award_onward_proposal
    FOR EACH ROW EXECUTE FUNCTION award_onward_proposal_guard();

-- Items: while the proposal is submitted only their review columns change; once it is reviewed only the granted award
-- is linked, once; the history only grows.
CREATE FUNCTION award_onward_part_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    rows jsonb[];
    r jsonb;
    proposal_status varchar;
    review_columns text[] := ARRAY['review_outcome', 'review_reason', 'reviewed_by', 'reviewed_at'];
BEGIN
    IF TG_ARGV[0] = 'history' THEN
        RAISE EXCEPTION 'the history of an onward proposal is never changed' USING ERRCODE = 'check_violation';
    END IF;
    rows := CASE TG_OP WHEN 'INSERT' THEN ARRAY[to_jsonb(NEW)] WHEN 'DELETE' THEN ARRAY[to_jsonb(OLD)]
                       ELSE ARRAY[to_jsonb(OLD), to_jsonb(NEW)] END;
    FOREACH r IN ARRAY rows LOOP
        SELECT p.status INTO proposal_status FROM award_onward_proposal p WHERE p.id = (r ->> 'proposal_id')::bigint;
        IF proposal_status = 'REVIEWED' THEN
            IF NOT (TG_OP = 'UPDATE' AND OLD.granted_award_id IS NULL AND NEW.granted_award_id IS NOT NULL
                    AND (to_jsonb(NEW) - 'granted_award_id') = (to_jsonb(OLD) - 'granted_award_id')) THEN
                RAISE EXCEPTION 'the onward proposal is reviewed: its items cannot change' USING ERRCODE = 'check_violation';
            END IF;
        ELSIF proposal_status = 'SUBMITTED' THEN
            IF NOT (TG_OP = 'UPDATE' AND (to_jsonb(NEW) - review_columns) = (to_jsonb(OLD) - review_columns)) THEN
                RAISE EXCEPTION 'the onward proposal is submitted: its items cannot change' USING ERRCODE = 'check_violation';
            END IF;
        END IF;
    END LOOP;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER award_onward_item_frozen BEFORE INSERT OR UPDATE OR DELETE ON award_onward_item
    FOR EACH ROW EXECUTE FUNCTION award_onward_part_guard('item');
CREATE TRIGGER award_onward_status_change_frozen BEFORE UPDATE OR DELETE ON award_onward_status_change
    FOR EACH ROW EXECUTE FUNCTION award_onward_part_guard('history');

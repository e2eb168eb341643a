-- Awards, the proposal: a cluster-year's proposal to its organiser (đề nghị khen thưởng), its items and its dossier.
-- The service refuses first, with a message; the database refuses whatever reaches it anyway: nothing of a submitted
-- proposal changes (until it is returned for correction), and nothing of a closed year.

CREATE TABLE award_proposal (
    id                   bigserial PRIMARY KEY,
    term_id              bigint        NOT NULL UNIQUE REFERENCES cluster_term (id),
    status               varchar(20)   NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED')),
    -- The submission (tờ trình) as the head edits it before submitting: to whom, and its body.
    submission_recipient varchar(500)  NOT NULL,
    submission_body      text          NOT NULL CHECK (length(submission_body) <= 20000),
    created_at           timestamptz   NOT NULL,
    created_by           varchar(100)  NOT NULL,
    updated_at           timestamptz   NOT NULL,
    submitted_at         timestamptz,
    submitted_by         varchar(100),
    version              bigint        NOT NULL DEFAULT 0
);

-- One proposed item: a member unit (collective) or a person of a member unit (individual), for one award type.
CREATE TABLE award_proposal_item (
    id              bigserial PRIMARY KEY,
    proposal_id     bigint        NOT NULL REFERENCES award_proposal (id),
    award_type_id   bigint        NOT NULL REFERENCES award_type (id),
    unit_id         bigint        NOT NULL REFERENCES unit (id),
    person_name     varchar(150),
    person_position varchar(150),
    person_gender   varchar(10) CHECK (person_gender IN ('MALE', 'FEMALE')),
    person_birth_date date,
    summary         text          NOT NULL CHECK (length(summary) <= 4000),
    created_at      timestamptz   NOT NULL,
    CHECK ((person_name IS NULL) = (person_position IS NULL)),
    CHECK ((person_name IS NULL) = (person_gender IS NULL))
);
CREATE INDEX award_proposal_item_proposal ON award_proposal_item (proposal_id);
CREATE INDEX award_proposal_item_unit ON award_proposal_item (unit_id, award_type_id);

-- The uploaded documents of the dossier: the minutes, each item's achievement report, others (named).
-- The submission is generated from the proposal and not stored as a file.
CREATE TABLE award_proposal_document (
    id           bigserial PRIMARY KEY,
    proposal_id  bigint        NOT NULL REFERENCES award_proposal (id),
    item_id      bigint REFERENCES award_proposal_item (id) ON DELETE CASCADE,
    kind         varchar(30)   NOT NULL CHECK (kind IN ('MINUTES', 'ACHIEVEMENT_REPORT', 'OTHER')),
    name         varchar(255)  NOT NULL,
    file_name    varchar(255)  NOT NULL,
    content_type varchar(100)  NOT NULL,
    size_bytes   integer       NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 10485760),
    content      bytea         NOT NULL,
    uploaded_at  timestamptz   NOT NULL,
    uploaded_by  varchar(100)  NOT NULL,
    CHECK ((kind = 'ACHIEVEMENT_REPORT') = (item_id IS NOT NULL))
);
CREATE INDEX award_proposal_document_proposal ON award_proposal_document (proposal_id);

CREATE TABLE award_proposal_status_change (
    id          bigserial PRIMARY KEY,
    proposal_id bigint       NOT NULL REFERENCES award_proposal (id),
    from_status varchar(20),
    to_status   varchar(20)  NOT NULL,
    actor       varchar(100) NOT NULL,
    occurred_at timestamptz  NOT NULL,
    reason      varchar(1000)
);
CREATE INDEX award_proposal_status_change_proposal ON award_proposal_status_change (proposal_id);

-- The proposal itself: once submitted, only its status may move (to RETURNED, by the organiser's review); it is never
-- deleted once submitted.
CREATE FUNCTION award_proposal_submitted_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status = 'SUBMITTED' AND (TG_OP = 'DELETE' OR NEW.status = 'SUBMITTED'
            OR NEW.submission_recipient IS DISTINCT FROM OLD.submission_recipient
            OR NEW.submission_body IS DISTINCT FROM OLD.submission_body
            OR NEW.term_id IS DISTINCT FROM OLD.term_id) THEN
        RAISE EXCEPTION 'the proposal is submitted: it cannot change' USING ERRCODE = 'check_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER award_proposal_submitted BEFORE UPDATE OR DELETE ON award_proposal
    FOR EACH ROW EXECUTE FUNCTION award_proposal_submitted_guard();
CREATE TRIGGER award_proposal_closed_year BEFORE INSERT OR UPDATE OR DELETE ON award_proposal
    FOR EACH ROW EXECUTE FUNCTION cluster_year_closed_guard('term', 'term_id');

-- Items, documents and the history: nothing changes while the proposal is submitted (the history only grows), and
-- nothing of a closed year.
CREATE FUNCTION award_proposal_part_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    rows jsonb[];
    r jsonb;
    proposal_status varchar;
    year_status varchar;
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
        ELSIF proposal_status = 'SUBMITTED' THEN
            RAISE EXCEPTION 'the proposal is submitted: % cannot change', TG_TABLE_NAME USING ERRCODE = 'check_violation';
        END IF;
    END LOOP;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER award_proposal_item_guard BEFORE INSERT OR UPDATE OR DELETE ON award_proposal_item
    FOR EACH ROW EXECUTE FUNCTION award_proposal_part_guard('item');
CREATE TRIGGER award_proposal_document_guard BEFORE INSERT OR UPDATE OR DELETE ON award_proposal_document
    FOR EACH ROW EXECUTE FUNCTION award_proposal_part_guard('document');
CREATE TRIGGER award_proposal_status_change_guard BEFORE INSERT OR UPDATE OR DELETE ON award_proposal_status_change
    FOR EACH ROW EXECUTE FUNCTION award_proposal_part_guard('history');

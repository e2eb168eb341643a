-- Awards: the administration of award types and registration (đăng ký thi đua).

-- An award type is active or not; each change of that status is kept with who made it, when and why.
CREATE TABLE award_type_history (
    id            bigserial PRIMARY KEY,
    award_type_id bigint        NOT NULL REFERENCES award_type (id),
    from_status   varchar(20) CHECK (from_status IN ('ACTIVE', 'INACTIVE')),
    to_status     varchar(20)   NOT NULL CHECK (to_status IN ('ACTIVE', 'INACTIVE')),
    actor         varchar(100)  NOT NULL,
    occurred_at   timestamptz   NOT NULL,
    reason        varchar(2000)
);
CREATE INDEX award_type_history_type_idx ON award_type_history (award_type_id);
CREATE INDEX award_prerequisite_type_idx ON award_prerequisite (award_type_id);
CREATE INDEX award_prerequisite_other_idx ON award_prerequisite (other_type_id);
CREATE INDEX award_required_document_type_idx ON award_required_document (award_type_id);
CREATE INDEX award_registration_type_idx ON award_registration (award_type_id);

-- A registration's one status column, beside who withdrew it and when.
ALTER TABLE award_registration
    ADD COLUMN status varchar(20) NOT NULL DEFAULT 'REGISTERED' CHECK (status IN ('REGISTERED', 'WITHDRAWN'));
UPDATE award_registration SET status = 'WITHDRAWN' WHERE withdrawn_at IS NOT NULL;
ALTER TABLE award_registration
    ADD CONSTRAINT award_registration_status_matches CHECK ((status = 'WITHDRAWN') = (withdrawn_at IS NOT NULL));

-- Every registration and withdrawal, kept: a withdrawn registration registered again shows both.
CREATE TABLE award_registration_history (
    id              bigserial PRIMARY KEY,
    registration_id bigint        NOT NULL REFERENCES award_registration (id),
    term_id         bigint        NOT NULL REFERENCES cluster_term (id),
    from_status     varchar(20) CHECK (from_status IN ('REGISTERED', 'WITHDRAWN')),
    to_status       varchar(20)   NOT NULL CHECK (to_status IN ('REGISTERED', 'WITHDRAWN')),
    actor           varchar(100)  NOT NULL,
    occurred_at     timestamptz   NOT NULL,
    reason          varchar(2000)
);
CREATE INDEX award_registration_history_registration_idx ON award_registration_history (registration_id);
CREATE INDEX award_registration_history_term_idx ON award_registration_history (term_id);

-- A closed cluster-year is read-only: its registrations and their history too.
CREATE TRIGGER award_registration_closed_year BEFORE INSERT OR UPDATE OR DELETE ON award_registration
    FOR EACH ROW EXECUTE FUNCTION cluster_year_closed_guard('term', 'term_id');
CREATE TRIGGER award_registration_history_closed_year BEFORE INSERT OR UPDATE OR DELETE ON award_registration_history
    FOR EACH ROW EXECUTE FUNCTION cluster_year_closed_guard('term', 'term_id');

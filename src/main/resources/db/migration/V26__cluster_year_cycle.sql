-- The cluster-year as one cycle: its status follows what happened in the features, its members are frozen once its
-- pledge is opened, and a closed year (khóa sổ) is read-only in every feature. The services refuse first, with a
-- message; the database refuses whatever reaches it anyway.

ALTER TABLE cluster_term DROP CONSTRAINT cluster_term_status_check;
ALTER TABLE cluster_term ADD CONSTRAINT cluster_term_status_check
    CHECK (status IN ('SET_UP', 'PLEDGE', 'PLEDGED', 'SCORING', 'RESULTS', 'VOTE', 'PROPOSAL', 'DECIDED', 'CLOSED'));

-- While a year is closed: the status it had, which reopening gives back.
ALTER TABLE cluster_term ADD COLUMN reopens_to varchar(20)
    CHECK (reopens_to IN ('RESULTS', 'VOTE', 'PROPOSAL', 'DECIDED'));
ALTER TABLE cluster_term ADD CONSTRAINT cluster_term_reopens_only_closed CHECK (reopens_to IS NULL OR status = 'CLOSED');

-- The step a year has reached by what happened to its pledge and its scoring.
CREATE FUNCTION cluster_term_reached(term bigint) RETURNS varchar LANGUAGE sql STABLE AS $$
    SELECT CASE
        WHEN EXISTS (SELECT 1 FROM scoring_round r WHERE r.term_id = term AND r.status = 'FINALISED') THEN 'RESULTS'
        WHEN EXISTS (SELECT 1 FROM scoring_round r WHERE r.term_id = term AND r.status <> 'NOT_OPEN') THEN 'SCORING'
        WHEN EXISTS (SELECT 1 FROM pledge p WHERE p.term_id = term AND p.status = 'COMPLETED') THEN 'PLEDGED'
        WHEN EXISTS (SELECT 1 FROM pledge p WHERE p.term_id = term AND p.status = 'OPEN') THEN 'PLEDGE'
        ELSE 'SET_UP'
    END
$$;

-- Years were left at their pledge step whatever happened after; they now stand where their features say.
UPDATE cluster_term SET status = cluster_term_reached(id) WHERE status IN ('SET_UP', 'PLEDGE', 'SCORING');
UPDATE cluster_term SET reopens_to = 'RESULTS' WHERE status = 'CLOSED';

-- Members, head and deputies change only while the year is set up: not once its pledge is opened, nor after.
CREATE FUNCTION cluster_member_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    reached varchar;
BEGIN
    SELECT status INTO reached FROM cluster_term
    WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.term_id ELSE NEW.term_id END;
    IF reached <> 'SET_UP' THEN
        RAISE EXCEPTION 'the members of a cluster-year are frozen once its pledge is opened (status %)', reached
            USING ERRCODE = 'check_violation';
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.term_id <> NEW.term_id THEN
        SELECT status INTO reached FROM cluster_term WHERE id = OLD.term_id;
        IF reached <> 'SET_UP' THEN
            RAISE EXCEPTION 'the members of a cluster-year are frozen once its pledge is opened (status %)', reached
                USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER cluster_member_frozen BEFORE INSERT OR UPDATE OR DELETE ON cluster_member
    FOR EACH ROW EXECUTE FUNCTION cluster_member_frozen();

-- Nothing of a closed year changes. Each table finds its year through its own foreign key: the first argument says
-- what that key points at, the second names the column.
CREATE FUNCTION cluster_year_of(kind text, key bigint) RETURNS bigint LANGUAGE sql STABLE AS $$
    SELECT CASE kind
        WHEN 'term' THEN key
        WHEN 'pledge' THEN (SELECT term_id FROM pledge WHERE id = key)
        WHEN 'pledge_target' THEN (SELECT p.term_id FROM pledge_target t JOIN pledge p ON p.id = t.pledge_id WHERE t.id = key)
        WHEN 'round' THEN (SELECT term_id FROM scoring_round WHERE id = key)
        WHEN 'sheet' THEN (SELECT r.term_id FROM score_sheet s JOIN scoring_round r ON r.id = s.round_id WHERE s.id = key)
        WHEN 'line' THEN (SELECT r.term_id FROM score_line l JOIN score_sheet s ON s.id = l.sheet_id
                          JOIN scoring_round r ON r.id = s.round_id WHERE l.id = key)
    END
$$;

CREATE FUNCTION cluster_year_closed_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    rows jsonb[];
    r jsonb;
BEGIN
    rows := CASE TG_OP WHEN 'INSERT' THEN ARRAY[to_jsonb(NEW)] WHEN 'DELETE' THEN ARRAY[to_jsonb(OLD)]
                       ELSE ARRAY[to_jsonb(OLD), to_jsonb(NEW)] END;
    FOREACH r IN ARRAY rows LOOP
        IF EXISTS (SELECT 1 FROM cluster_term
                   WHERE id = cluster_year_of(TG_ARGV[0], (r ->> TG_ARGV[1])::bigint) AND status = 'CLOSED') THEN
            RAISE EXCEPTION 'the cluster-year is closed: % cannot change', TG_TABLE_NAME USING ERRCODE = 'check_violation';
        END IF;
    END LOOP;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;

CREATE TRIGGER pledge_closed_year BEFORE INSERT OR UPDATE OR DELETE ON pledge
    FOR EACH ROW EXECUTE FUNCTION cluster_year_closed_guard('term', 'term_id');
CREATE TRIGGER pledge_target_closed_year BEFORE INSERT OR UPDATE OR DELETE ON pledge_target
    FOR EACH ROW EXECUTE FUNCTION cluster_year_closed_guard('pledge', 'pledge_id');
CREATE TRIGGER pledge_target_value_closed_year BEFORE INSERT OR UPDATE OR DELETE ON pledge_target_value
    FOR EACH ROW EXECUTE FUNCTION cluster_year_closed_guard('pledge_target', 'target_id');
CREATE TRIGGER pledge_signature_closed_year BEFORE INSERT OR UPDATE OR DELETE ON pledge_signature
    FOR EACH ROW EXECUTE FUNCTION cluster_year_closed_guard('pledge', 'pledge_id');
CREATE TRIGGER pledge_status_change_closed_year BEFORE INSERT OR UPDATE OR DELETE ON pledge_status_change
    FOR EACH ROW EXECUTE FUNCTION cluster_year_closed_guard('pledge', 'pledge_id');
CREATE TRIGGER scoring_round_closed_year BEFORE INSERT OR UPDATE OR DELETE ON scoring_round
    FOR EACH ROW EXECUTE FUNCTION cluster_year_closed_guard('term', 'term_id');
CREATE TRIGGER scoring_round_history_closed_year BEFORE INSERT OR UPDATE OR DELETE ON scoring_round_history
    FOR EACH ROW EXECUTE FUNCTION cluster_year_closed_guard('round', 'round_id');
CREATE TRIGGER score_sheet_closed_year BEFORE INSERT OR UPDATE OR DELETE ON score_sheet
    FOR EACH ROW EXECUTE FUNCTION cluster_year_closed_guard('round', 'round_id');
CREATE TRIGGER score_sheet_history_closed_year BEFORE INSERT OR UPDATE OR DELETE ON score_sheet_history
    FOR EACH ROW EXECUTE FUNCTION cluster_year_closed_guard('sheet', 'sheet_id');
CREATE TRIGGER score_line_closed_year BEFORE INSERT OR UPDATE OR DELETE ON score_line
    FOR EACH ROW EXECUTE FUNCTION cluster_year_closed_guard('sheet', 'sheet_id');
CREATE TRIGGER score_evidence_closed_year BEFORE INSERT OR UPDATE OR DELETE ON score_evidence
    FOR EACH ROW EXECUTE FUNCTION cluster_year_closed_guard('line', 'line_id');
CREATE TRIGGER annual_result_closed_year BEFORE INSERT OR UPDATE OR DELETE ON annual_result
    FOR EACH ROW EXECUTE FUNCTION cluster_year_closed_guard('term', 'term_id');

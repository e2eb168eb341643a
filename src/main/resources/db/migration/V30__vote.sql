-- The cluster's secret vote (bình xét, suy tôn): its questions and candidates, who has voted, the anonymous ballots,
-- the tally, the paper result's minutes, and the freeze of everything once the vote is closed.

ALTER TABLE vote
    ADD COLUMN ballots_invalid   integer CHECK (ballots_invalid >= 0),
    -- Next year's head: the most votes reaching the share; two or more level at the top elect nobody.
    ADD COLUMN next_head_tied    boolean NOT NULL DEFAULT false,
    ADD COLUMN closed_early      boolean NOT NULL DEFAULT false,
    ADD COLUMN created_at        timestamptz NOT NULL DEFAULT now(),
    ADD CONSTRAINT vote_times CHECK (opens_at IS NULL OR closes_at IS NULL OR closes_at > opens_at);

-- What a ballot asks: one award type, or next year's head, or next year's deputies (seats: how many to elect).
CREATE TABLE vote_question (
    id            bigserial PRIMARY KEY,
    vote_id       bigint      NOT NULL REFERENCES vote (id),
    kind          varchar(20) NOT NULL CHECK (kind IN ('AWARD', 'NEXT_HEAD', 'NEXT_DEPUTY')),
    award_type_id bigint REFERENCES award_type (id),
    seats         integer     NOT NULL DEFAULT 1 CHECK (seats BETWEEN 1 AND 100),
    sort_order    integer     NOT NULL DEFAULT 0,
    -- Written by the tally: whether enough ballots came back, and whether a tie at the last seat elected nobody.
    quorum_met    boolean,
    tied          boolean,
    CHECK ((kind = 'AWARD') = (award_type_id IS NOT NULL))
);
CREATE UNIQUE INDEX vote_question_type ON vote_question (vote_id, award_type_id) WHERE award_type_id IS NOT NULL;
CREATE UNIQUE INDEX vote_question_office ON vote_question (vote_id, kind) WHERE award_type_id IS NULL;

-- A candidate of a question: a unit.
CREATE TABLE vote_candidate (
    vote_id     bigint NOT NULL REFERENCES vote (id),
    question_id bigint NOT NULL REFERENCES vote_question (id) ON DELETE CASCADE,
    unit_id     bigint NOT NULL REFERENCES unit (id),
    PRIMARY KEY (question_id, unit_id)
);

-- Who has voted: one row per member unit and vote, never two. It holds no choice.
CREATE TABLE vote_voter (
    vote_id bigint NOT NULL REFERENCES vote (id),
    unit_id bigint NOT NULL REFERENCES unit (id),
    PRIMARY KEY (vote_id, unit_id)
);

-- An anonymous ballot: a random id, its vote, nothing else (no unit, no person, no time).
CREATE TABLE vote_ballot (
    id      uuid   PRIMARY KEY DEFAULT gen_random_uuid(),
    vote_id bigint NOT NULL REFERENCES vote (id)
);
CREATE INDEX vote_ballot_vote ON vote_ballot (vote_id);

-- A ballot's answer for one candidate of one question: for, against, or blank.
CREATE TABLE vote_ballot_choice (
    ballot_id   uuid        NOT NULL REFERENCES vote_ballot (id) ON DELETE CASCADE,
    vote_id     bigint      NOT NULL REFERENCES vote (id),
    question_id bigint      NOT NULL REFERENCES vote_question (id),
    unit_id     bigint      NOT NULL REFERENCES unit (id),
    choice      varchar(10) NOT NULL CHECK (choice IN ('FOR', 'AGAINST', 'BLANK')),
    PRIMARY KEY (ballot_id, question_id, unit_id)
);
CREATE INDEX vote_ballot_choice_vote ON vote_ballot_choice (vote_id);

-- The tally of every question (award types, next year's head and deputies) per candidate.
CREATE TABLE vote_tally (
    vote_id       bigint        NOT NULL REFERENCES vote (id),
    question_id   bigint        NOT NULL REFERENCES vote_question (id),
    unit_id       bigint        NOT NULL REFERENCES unit (id),
    votes_for     integer       NOT NULL CHECK (votes_for >= 0),
    votes_against integer       NOT NULL CHECK (votes_against >= 0),
    votes_blank   integer       NOT NULL CHECK (votes_blank >= 0),
    share_percent numeric(6, 2) NOT NULL CHECK (share_percent >= 0 AND share_percent <= 100),
    reached       boolean       NOT NULL,
    elected       boolean       NOT NULL,
    tied          boolean       NOT NULL,
    PRIMARY KEY (question_id, unit_id)
);
CREATE INDEX vote_tally_vote ON vote_tally (vote_id);

ALTER TABLE vote_result ADD COLUMN votes_blank integer NOT NULL DEFAULT 0 CHECK (votes_blank >= 0);

-- The scanned minutes of a paper vote.
CREATE TABLE vote_paper_minutes (
    vote_id      bigint       PRIMARY KEY REFERENCES vote (id),
    file_name    varchar(255) NOT NULL,
    content_type varchar(100) NOT NULL,
    size_bytes   bigint       NOT NULL CHECK (size_bytes > 0),
    content      bytea        NOT NULL
);

-- The vote's status history.
CREATE TABLE vote_history (
    id          bigserial PRIMARY KEY,
    vote_id     bigint       NOT NULL REFERENCES vote (id),
    from_status varchar(20),
    to_status   varchar(20)  NOT NULL,
    actor       varchar(100) NOT NULL,
    occurred_at timestamptz  NOT NULL,
    reason      varchar(2000)
);
CREATE INDEX vote_history_vote ON vote_history (vote_id);

-- A closed vote is frozen: the vote itself, its questions, candidates, voters, ballots, tally, results, deputies and
-- minutes refuse every change. The closing transaction writes the tally before it sets the status.
CREATE FUNCTION vote_closed_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    r jsonb;
BEGIN
    IF TG_TABLE_NAME = 'vote' THEN
        IF OLD.status = 'CLOSED' THEN
            RAISE EXCEPTION 'vote % is closed: it cannot change', OLD.id USING ERRCODE = 'check_violation';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    FOREACH r IN ARRAY CASE TG_OP WHEN 'INSERT' THEN ARRAY[to_jsonb(NEW)] WHEN 'DELETE' THEN ARRAY[to_jsonb(OLD)]
                                   ELSE ARRAY[to_jsonb(OLD), to_jsonb(NEW)] END LOOP
        IF EXISTS (SELECT 1 FROM vote WHERE id = (r ->> 'vote_id')::bigint AND status = 'CLOSED') THEN
            RAISE EXCEPTION 'vote % is closed: % cannot change', r ->> 'vote_id', TG_TABLE_NAME
                USING ERRCODE = 'check_violation';
        END IF;
    END LOOP;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;

CREATE TRIGGER vote_frozen BEFORE UPDATE OR DELETE ON vote FOR EACH ROW EXECUTE FUNCTION vote_closed_guard();
CREATE TRIGGER vote_question_frozen BEFORE INSERT OR UPDATE OR DELETE ON vote_question
    FOR EACH ROW EXECUTE FUNCTION vote_closed_guard();
CREATE TRIGGER vote_candidate_frozen BEFORE INSERT OR UPDATE OR DELETE ON vote_candidate
    FOR EACH ROW EXECUTE FUNCTION vote_closed_guard();
CREATE TRIGGER vote_voter_frozen BEFORE INSERT OR UPDATE OR DELETE ON vote_voter
    FOR EACH ROW EXECUTE FUNCTION vote_closed_guard();
CREATE TRIGGER vote_ballot_frozen BEFORE INSERT OR UPDATE OR DELETE ON vote_ballot
    FOR EACH ROW EXECUTE FUNCTION vote_closed_guard();
CREATE TRIGGER vote_ballot_choice_frozen BEFORE INSERT OR UPDATE OR DELETE ON vote_ballot_choice
    FOR EACH ROW EXECUTE FUNCTION vote_closed_guard();
CREATE TRIGGER vote_tally_frozen BEFORE INSERT OR UPDATE OR DELETE ON vote_tally
    FOR EACH ROW EXECUTE FUNCTION vote_closed_guard();
CREATE TRIGGER vote_result_frozen BEFORE INSERT OR UPDATE OR DELETE ON vote_result
    FOR EACH ROW EXECUTE FUNCTION vote_closed_guard();
CREATE TRIGGER vote_next_deputy_frozen BEFORE INSERT OR UPDATE OR DELETE ON vote_next_deputy
    FOR EACH ROW EXECUTE FUNCTION vote_closed_guard();
CREATE TRIGGER vote_paper_minutes_frozen BEFORE INSERT OR UPDATE OR DELETE ON vote_paper_minutes
    FOR EACH ROW EXECUTE FUNCTION vote_closed_guard();
-- Nor may anyone empty them wholesale.
CREATE FUNCTION vote_no_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% cannot be emptied', TG_TABLE_NAME USING ERRCODE = 'check_violation';
END $$;
CREATE TRIGGER vote_result_no_truncate BEFORE TRUNCATE ON vote_result EXECUTE FUNCTION vote_no_truncate();
CREATE TRIGGER vote_ballot_no_truncate BEFORE TRUNCATE ON vote_ballot EXECUTE FUNCTION vote_no_truncate();
CREATE TRIGGER vote_tally_no_truncate BEFORE TRUNCATE ON vote_tally EXECUTE FUNCTION vote_no_truncate();

-- Next year's head as elected by the year's vote: starting the next year proposes it.
ALTER TABLE cluster_term ADD COLUMN elected_next_head_id bigint REFERENCES unit (id);

-- Targets of figure criteria are no longer typed by each unit: the administrator sets them on the round, for a
-- criterion (every unit, unit_id null) or for one unit; a target of the unit's completed pledge comes first.
CREATE TABLE round_target (
    id         bigserial PRIMARY KEY,
    round_id   bigint         NOT NULL REFERENCES scoring_round (id),
    node_id    bigint         NOT NULL REFERENCES criterion_node (id),
    unit_id    bigint         REFERENCES unit (id),
    target     numeric(14, 2) NOT NULL CHECK (target > 0),
    updated_by varchar(60)    NOT NULL,
    updated_at timestamptz    NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX round_target_uk ON round_target (round_id, node_id, coalesce(unit_id, 0));
CREATE INDEX round_target_node_idx ON round_target (node_id);
CREATE INDEX round_target_unit_idx ON round_target (unit_id);

-- The explanation window (the unit explains or declines until then) and what happens to units that never submitted.
ALTER TABLE scoring_round
    ADD COLUMN explanation_deadline date,
    ADD COLUMN non_submitter_rule varchar(20) NOT NULL DEFAULT 'RANK_LAST'
        CHECK (non_submitter_rule IN ('RANK_LAST', 'SCORE_ZERO')),
    ADD CONSTRAINT scoring_round_explanation_deadline CHECK (explanation_deadline IS NULL
        OR (self_scoring_deadline IS NULL OR explanation_deadline >= self_scoring_deadline)
        AND (review_deadline IS NULL OR explanation_deadline <= review_deadline));

-- A sheet never submitted becomes NOT_SUBMITTED when self-scoring closes; a unit may decline to explain.
ALTER TABLE score_sheet DROP CONSTRAINT score_sheet_status_check;
ALTER TABLE score_sheet ADD CONSTRAINT score_sheet_status_check
    CHECK (status IN ('DRAFT', 'NOT_SUBMITTED', 'SUBMITTED', 'REVIEWED', 'EXPLAINED', 'EXPLANATION_DECLINED', 'FINAL'));

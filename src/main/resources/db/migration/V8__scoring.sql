-- Scoring (chấm điểm): criteria tables, the scoring round of a cluster-year, each unit's score sheet.

-- A criteria table (bảng tiêu chí) of one organiser for one year; it applies to one or more clusters.
CREATE TABLE criteria_table (
    id             bigserial PRIMARY KEY,
    organizer_id   bigint        NOT NULL REFERENCES organizer (id),
    year           integer       NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    name           varchar(255)  NOT NULL CHECK (btrim(name) <> ''),
    total_max      numeric(8, 2) NOT NULL CHECK (total_max > 0),
    status         varchar(20)   NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'IN_USE')),
    copied_from_id bigint REFERENCES criteria_table (id),
    version        bigint        NOT NULL DEFAULT 0,
    created_at     timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX criteria_table_organizer_idx ON criteria_table (organizer_id, year);
CREATE INDEX criteria_table_copied_from_idx ON criteria_table (copied_from_id);

-- The clusters a table applies to; a cluster has at most one table per year.
CREATE TABLE criteria_table_cluster (
    table_id   bigint  NOT NULL REFERENCES criteria_table (id) ON DELETE CASCADE,
    cluster_id bigint  NOT NULL REFERENCES cluster (id),
    year       integer NOT NULL,
    PRIMARY KEY (table_id, cluster_id),
    CONSTRAINT criteria_table_cluster_year_uk UNIQUE (cluster_id, year)
);

-- A node of the criteria tree: a group or sub-group, a criterion (scored), or a section of bonus points or
-- deductions whose maximum is its cap. A criterion's kind and its parameters are data.
CREATE TABLE criterion_node (
    id                    bigserial PRIMARY KEY,
    table_id              bigint        NOT NULL REFERENCES criteria_table (id) ON DELETE CASCADE,
    parent_id             bigint REFERENCES criterion_node (id) ON DELETE CASCADE,
    node_type             varchar(20)   NOT NULL CHECK (node_type IN ('GROUP', 'CRITERION', 'BONUS', 'DEDUCTION')),
    code                  varchar(30)   NOT NULL CHECK (btrim(code) <> ''),
    description           varchar(2000) NOT NULL CHECK (btrim(description) <> ''),
    max_points            numeric(8, 2) NOT NULL CHECK (max_points >= 0),
    kind                  varchar(30) CHECK (kind IN ('FIGURE_AGAINST_TARGET', 'PASS_FAIL', 'PER_OCCURRENCE', 'MANUAL')),
    min_points            numeric(8, 2) CHECK (min_points >= 0),
    points_per_occurrence numeric(8, 2) CHECK (points_per_occurrence > 0),
    target_share          numeric(5, 4) CHECK (target_share > 0 AND target_share <= 1),
    scoring_guide         varchar(4000),
    evidence_required     boolean       NOT NULL DEFAULT false,
    sort_order            integer       NOT NULL DEFAULT 0,
    version               bigint        NOT NULL DEFAULT 0,
    CONSTRAINT criterion_node_kind_only_for_criteria CHECK ((node_type = 'CRITERION') = (kind IS NOT NULL)),
    CONSTRAINT criterion_node_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE UNIQUE INDEX criterion_node_code_uk ON criterion_node (table_id, lower(code));
CREATE INDEX criterion_node_parent_idx ON criterion_node (parent_id);

-- The scoring of one cluster-year against one criteria table.
CREATE TABLE scoring_round (
    id                     bigserial PRIMARY KEY,
    term_id                bigint      NOT NULL REFERENCES cluster_term (id),
    table_id               bigint      NOT NULL REFERENCES criteria_table (id),
    status                 varchar(20) NOT NULL DEFAULT 'NOT_OPEN'
        CHECK (status IN ('NOT_OPEN', 'SELF_SCORING', 'REVIEW', 'FINALISED')),
    self_scoring_deadline  date,
    review_deadline        date,
    version                bigint      NOT NULL DEFAULT 0,
    created_at             timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT scoring_round_term_uk UNIQUE (term_id),
    CONSTRAINT scoring_round_deadlines CHECK (review_deadline IS NULL OR self_scoring_deadline IS NULL
        OR review_deadline >= self_scoring_deadline)
);
CREATE INDEX scoring_round_table_idx ON scoring_round (table_id);

CREATE TABLE scoring_round_history (
    id          bigserial PRIMARY KEY,
    round_id    bigint       NOT NULL REFERENCES scoring_round (id),
    from_status varchar(20)  NOT NULL,
    to_status   varchar(20)  NOT NULL,
    actor       varchar(60)  NOT NULL,
    occurred_at timestamptz  NOT NULL DEFAULT now(),
    reason      varchar(2000)
);
CREATE INDEX scoring_round_history_round_idx ON scoring_round_history (round_id);

-- One unit's score sheet in a round.
CREATE TABLE score_sheet (
    id           bigserial PRIMARY KEY,
    round_id     bigint      NOT NULL REFERENCES scoring_round (id),
    unit_id      bigint      NOT NULL REFERENCES unit (id),
    status       varchar(20) NOT NULL DEFAULT 'DRAFT'
        CHECK (status IN ('DRAFT', 'SUBMITTED', 'REVIEWED', 'EXPLAINED', 'FINAL')),
    submitted_at timestamptz,
    updated_at   timestamptz NOT NULL DEFAULT now(),
    version      bigint      NOT NULL DEFAULT 0,
    CONSTRAINT score_sheet_unit_uk UNIQUE (round_id, unit_id)
);
CREATE INDEX score_sheet_unit_idx ON score_sheet (unit_id);

CREATE TABLE score_sheet_history (
    id          bigserial PRIMARY KEY,
    sheet_id    bigint      NOT NULL REFERENCES score_sheet (id),
    from_status varchar(20) NOT NULL,
    to_status   varchar(20) NOT NULL,
    actor       varchar(60) NOT NULL,
    occurred_at timestamptz NOT NULL DEFAULT now(),
    reason      varchar(2000)
);
CREATE INDEX score_sheet_history_sheet_idx ON score_sheet_history (sheet_id);

-- A sheet's line for one criterion: what the unit claimed, what the review decided, the unit's one explanation
-- and the final score.
CREATE TABLE score_line (
    id               bigserial PRIMARY KEY,
    sheet_id         bigint        NOT NULL REFERENCES score_sheet (id),
    node_id          bigint        NOT NULL REFERENCES criterion_node (id),
    self_value       numeric(14, 2),
    self_target      numeric(14, 2),
    self_score       numeric(8, 2) CHECK (self_score >= 0),
    self_note        varchar(4000),
    review_score     numeric(8, 2) CHECK (review_score >= 0),
    review_reason    varchar(2000),
    unit_explanation varchar(4000),
    final_score      numeric(8, 2) CHECK (final_score >= 0),
    final_reason     varchar(2000),
    CONSTRAINT score_line_node_uk UNIQUE (sheet_id, node_id)
);
CREATE INDEX score_line_node_idx ON score_line (node_id);

-- A final score is never changed or removed, whatever the application does.
CREATE FUNCTION score_line_final_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.final_score IS NOT NULL THEN
        RAISE EXCEPTION 'final scores are immutable: % of score line % refused', TG_OP, OLD.id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER score_line_final_immutable BEFORE UPDATE OR DELETE ON score_line
    FOR EACH ROW EXECUTE FUNCTION score_line_final_is_immutable();

-- Evidence (minh chứng) attached to a line by the unit: PDF, images, Office documents, checked by their content.
CREATE TABLE score_evidence (
    id           bigserial PRIMARY KEY,
    line_id      bigint       NOT NULL REFERENCES score_line (id),
    file_name    varchar(255) NOT NULL CHECK (btrim(file_name) <> ''),
    content_type varchar(120) NOT NULL,
    size_bytes   integer      NOT NULL CHECK (size_bytes > 0),
    content      bytea        NOT NULL,
    uploaded_by  varchar(60)  NOT NULL,
    uploaded_at  timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX score_evidence_line_idx ON score_evidence (line_id);

-- Annual results (kết quả thực hiện chỉ tiêu): the figure a unit achieved for each target of its cluster-year's
-- completed pledge, entered alongside its score sheet and locked once the sheet is submitted.
CREATE TABLE annual_result (
    id               bigserial PRIMARY KEY,
    term_id          bigint         NOT NULL REFERENCES cluster_term (id),
    unit_id          bigint         NOT NULL REFERENCES unit (id),
    pledge_target_id bigint         NOT NULL REFERENCES pledge_target (id),
    value            numeric(20, 4),
    note             varchar(2000) CHECK (note IS NULL OR btrim(note) <> ''),
    updated_by       varchar(60)    NOT NULL,
    updated_at       timestamptz    NOT NULL DEFAULT now(),
    version          bigint         NOT NULL DEFAULT 0,
    CONSTRAINT annual_result_target_uk UNIQUE (term_id, unit_id, pledge_target_id)
);
CREATE INDEX annual_result_unit_idx ON annual_result (unit_id);
CREATE INDEX annual_result_target_idx ON annual_result (pledge_target_id);

-- A figure criterion may name the pledge target (chỉ tiêu) it measures: a unit's annual result for the target of
-- that name then fills the criterion's figure and target on the unit's sheet.
ALTER TABLE criterion_node ADD COLUMN pledge_target varchar(500)
    CHECK (pledge_target IS NULL OR btrim(pledge_target) <> '');
ALTER TABLE criterion_node ADD CONSTRAINT criterion_node_pledge_target_only_for_figures
    CHECK (pledge_target IS NULL OR kind = 'FIGURE_AGAINST_TARGET');

-- How certificates (bằng khen, giấy khen) are printed: per organiser and award type (or the organiser's default), the
-- paper (A4 or A3, landscape), whether the whole design is printed or only the variable texts onto pre-printed
-- blanks (phôi), and for each field its box in millimetres from the page's top left corner, font size and alignment.
CREATE TABLE certificate_layout (
    id            bigserial PRIMARY KEY,
    organizer_id  bigint        NOT NULL REFERENCES organizer (id),
    -- NULL: the organiser's default, used for award types without a layout of their own.
    award_type_id bigint REFERENCES award_type (id),
    paper         varchar(10)   NOT NULL CHECK (paper IN ('A4', 'A3')),
    mode          varchar(20)   NOT NULL CHECK (mode IN ('FULL_DESIGN', 'PRE_PRINTED')),
    -- The place named before the date ("An Giang, ngày ... tháng ... năm ...").
    place         varchar(100)  NOT NULL DEFAULT '',
    version       bigint        NOT NULL DEFAULT 0,
    updated_at    timestamptz   NOT NULL,
    updated_by    varchar(100)  NOT NULL
);
CREATE UNIQUE INDEX certificate_layout_target_uk ON certificate_layout (organizer_id, coalesce(award_type_id, 0));
CREATE INDEX certificate_layout_award_type ON certificate_layout (award_type_id);

CREATE TABLE certificate_layout_field (
    layout_id  bigint       NOT NULL REFERENCES certificate_layout (id) ON DELETE CASCADE,
    field      varchar(20)  NOT NULL CHECK (field IN ('HONORIFIC', 'RECIPIENT', 'POSITION_UNIT', 'ACHIEVEMENT',
                                                      'PLACE_DATE', 'DECISION', 'REGISTER_NUMBER', 'SIGNER_TITLE',
                                                      'SIGNER_NAME', 'QR_CODE')),
    x_mm       numeric(5, 1) NOT NULL CHECK (x_mm >= 0 AND x_mm <= 420),
    y_mm       numeric(5, 1) NOT NULL CHECK (y_mm >= 0 AND y_mm <= 420),
    width_mm   numeric(5, 1) NOT NULL CHECK (width_mm >= 3 AND width_mm <= 420),
    height_mm  numeric(5, 1) NOT NULL CHECK (height_mm >= 3 AND height_mm <= 420),
    font_pt    numeric(4, 1) NOT NULL CHECK (font_pt >= 6 AND font_pt <= 48),
    bold       boolean      NOT NULL,
    align      varchar(10)  NOT NULL CHECK (align IN ('LEFT', 'CENTER', 'RIGHT')),
    visible    boolean      NOT NULL,
    PRIMARY KEY (layout_id, field)
);

-- An Giang's certificate layouts: A3 landscape, printed onto the province's pre-printed blanks (phôi), for the flag
-- (CO_TINH: a collective only, so no position line) and the chairman's certificate of merit (BK_CHU_TICH). Positions
-- in millimetres from the page's top left corner, below the blank's printed heading and title.
INSERT INTO certificate_layout (organizer_id, award_type_id, paper, mode, place, updated_at, updated_by)
SELECT o.id, t.id, 'A3', 'PRE_PRINTED', 'An Giang', now(), 'admin'
FROM organizer o JOIN award_type t ON t.organizer_id = o.id
WHERE o.code = 'AG' AND t.code IN ('CO_TINH', 'BK_CHU_TICH');

INSERT INTO certificate_layout_field (layout_id, field, x_mm, y_mm, width_mm, height_mm, font_pt, bold, align, visible)
SELECT l.id, v.field, v.x, v.y, v.w, v.h, v.pt, v.bold, v.align,
       NOT (t.code = 'CO_TINH' AND v.field = 'POSITION_UNIT')
FROM certificate_layout l
JOIN award_type t ON t.id = l.award_type_id
JOIN organizer o ON o.id = l.organizer_id
CROSS JOIN (VALUES
    ('HONORIFIC',       57, 113, 306, 11, 18, false, 'CENTER'),
    ('RECIPIENT',       42, 126, 336, 17, 28, true,  'CENTER'),
    ('POSITION_UNIT',   42, 144, 336, 11, 18, false, 'CENTER'),
    ('ACHIEVEMENT',     57, 158, 306, 42, 18, false, 'CENTER'),
    ('PLACE_DATE',     226, 206, 170, 11, 16, false, 'CENTER'),
    ('SIGNER_TITLE',   226, 219, 170, 20, 16, true,  'CENTER'),
    ('SIGNER_NAME',    226, 262, 170, 13, 18, true,  'CENTER'),
    ('DECISION',        28, 215, 177, 10, 14, false, 'LEFT'),
    ('REGISTER_NUMBER', 28, 226, 177, 10, 14, false, 'LEFT'),
    ('QR_CODE',         28, 240,  35, 35, 10, false, 'LEFT')
) AS v(field, x, y, w, h, pt, bold, align)
WHERE o.code = 'AG' AND t.code IN ('CO_TINH', 'BK_CHU_TICH');

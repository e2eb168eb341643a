-- An Giang's registration (đăng ký thi đua) for the working year 2021: open for a month from the day the demo is
-- loaded, so that the units can try it; a few of Cluster 2's units have registered, and Phú Tân withdrew.

INSERT INTO award_registration_window (organizer_id, year, closes_on)
SELECT o.id, 2021, current_date + 30 FROM organizer o WHERE o.code = 'AG';

INSERT INTO award_registration (term_id, unit_id, award_type_id, registered_at, registered_by, withdrawn_at,
                                withdrawn_by, status)
SELECT t.id, u.id, a.id, now() - interval '3 days', v.username,
       CASE WHEN v.withdrawn THEN now() - interval '1 day' END,
       CASE WHEN v.withdrawn THEN v.username END,
       CASE WHEN v.withdrawn THEN 'WITHDRAWN' ELSE 'REGISTERED' END
FROM organizer o
JOIN cluster c ON c.organizer_id = o.id AND c.code = 'CUM2'
JOIN cluster_term t ON t.cluster_id = c.id AND t.year = 2021
JOIN (VALUES
    ('AP', 'CO_TINH', 'anphu', false),
    ('AP', 'TTLDXS', 'anphu', false),
    ('CT', 'TTLDXS', 'cumtruong2', false),
    ('CM', 'TTLDXS', 'chomoi', false),
    ('PT', 'TTLDXS', 'phutan', true)
) AS v(unit, type, username, withdrawn) ON true
JOIN unit u ON u.organizer_id = o.id AND u.code = v.unit
JOIN award_type a ON a.organizer_id = o.id AND a.code = v.type
WHERE o.code = 'AG';

INSERT INTO award_registration_history (registration_id, term_id, from_status, to_status, actor, occurred_at)
SELECT r.id, r.term_id, NULL, 'REGISTERED', r.registered_by, r.registered_at
FROM award_registration r JOIN award_type a ON a.id = r.award_type_id JOIN organizer o ON o.id = a.organizer_id
WHERE o.code = 'AG';

INSERT INTO award_registration_history (registration_id, term_id, from_status, to_status, actor, occurred_at)
SELECT r.id, r.term_id, 'REGISTERED', 'WITHDRAWN', r.withdrawn_by, r.withdrawn_at
FROM award_registration r JOIN award_type a ON a.id = r.award_type_id JOIN organizer o ON o.id = a.organizer_id
WHERE o.code = 'AG' AND r.status = 'WITHDRAWN';

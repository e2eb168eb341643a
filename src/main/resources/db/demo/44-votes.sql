-- An Giang's Cluster 2 held its 2020 vote online in January 2021 and closed it: An Phú was chosen for the
-- provincial emulation flag, Châu Thành for the Chairman's certificate of merit, and Châu Thành elected next year's
-- head. The award types are An Giang's (the award types' own demo file creates them too: whichever runs first wins).
INSERT INTO award_type (organizer_id, code, name, category, level, recipient, vote_base, vote_share_percent,
                        vote_share_strict, quorum_percent, choices, max_per_cluster_year, legal_source, sort_order)
SELECT o.id, t.code, t.name, t.category, t.level, 'COLLECTIVE', t.base, t.share, true, t.quorum, NULL, t.quota,
       'Luật Thi đua, khen thưởng 2022; Nghị định 98/2023/NĐ-CP', t.sort_order
FROM organizer o
CROSS JOIN (VALUES
    ('CO_TINH',      'Cờ thi đua của Ủy ban nhân dân tỉnh',               'TITLE',        'PROVINCE',   'MEMBERS',       50.00, 0.00, 1,    10),
    ('BK_CHU_TICH',  'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',       'COMMENDATION', 'PROVINCE',   'MEMBERS',       50.00, 0.00, 2,    20),
    ('TTLDXS',       'Tập thể lao động xuất sắc',                          'TITLE',        'PROVINCE',   'VALID_BALLOTS', 50.00, 0.00, NULL, 30),
    ('CO_CHINH_PHU', 'Cờ thi đua của Chính phủ',                          'TITLE',        'GOVERNMENT', 'MEMBERS',       50.00, 0.00, 1,    40),
    ('BK_THU_TUONG', 'Bằng khen của Thủ tướng Chính phủ',                 'COMMENDATION', 'GOVERNMENT', 'MEMBERS',       50.00, 0.00, 1,    50)
) AS t(code, name, category, level, base, share, quorum, quota, sort_order)
WHERE o.code = 'AG'
ON CONFLICT (organizer_id, code) DO NOTHING;

CREATE TEMPORARY TABLE demo_vote_term ON COMMIT DROP AS
SELECT tm.id AS term_id, o.id AS organizer_id
FROM cluster_term tm JOIN cluster c ON c.id = tm.cluster_id AND c.code = 'CUM2'
JOIN organizer o ON o.id = c.organizer_id AND o.code = 'AG'
WHERE tm.year = 2020;

CREATE TEMPORARY TABLE demo_vote_unit ON COMMIT DROP AS
SELECT u.code, u.id FROM unit u JOIN organizer o ON o.id = u.organizer_id AND o.code = 'AG'
WHERE u.code IN ('AP', 'CT', 'CM', 'PT', 'CP', 'TT');

-- The year is at its vote (the proposal follows it).
UPDATE cluster_term SET status = 'VOTE' WHERE id = (SELECT term_id FROM demo_vote_term);

-- Written open, then closed: a closed vote accepts nothing more.
INSERT INTO vote (term_id, status, method, opens_at, closes_at, members_entitled, created_at)
SELECT term_id, 'OPEN', 'ONLINE', TIMESTAMPTZ '2021-01-05 08:00:00+07', TIMESTAMPTZ '2021-01-08 17:00:00+07', 6,
       TIMESTAMPTZ '2021-01-04 09:00:00+07'
FROM demo_vote_term;

CREATE TEMPORARY TABLE demo_vote ON COMMIT DROP AS
SELECT v.id AS vote_id FROM vote v WHERE v.term_id = (SELECT term_id FROM demo_vote_term);

INSERT INTO vote_question (vote_id, kind, award_type_id, seats, sort_order, quorum_met, tied)
SELECT (SELECT vote_id FROM demo_vote), q.kind, t.id, 1, q.sort_order, true, false
FROM (VALUES ('AWARD', 'CO_TINH', 0), ('AWARD', 'BK_CHU_TICH', 1), ('NEXT_HEAD', NULL, 2)) AS q(kind, code, sort_order)
LEFT JOIN award_type t ON t.code = q.code AND t.organizer_id = (SELECT organizer_id FROM demo_vote_term);

CREATE TEMPORARY TABLE demo_vote_question ON COMMIT DROP AS
SELECT q.id, COALESCE(t.code, q.kind) AS code
FROM vote_question q LEFT JOIN award_type t ON t.id = q.award_type_id
WHERE q.vote_id = (SELECT vote_id FROM demo_vote);

INSERT INTO vote_candidate (vote_id, question_id, unit_id)
SELECT (SELECT vote_id FROM demo_vote), q.id, u.id
FROM demo_vote_question q JOIN demo_vote_unit u
  ON (q.code = 'CO_TINH' AND u.code = 'AP') OR (q.code = 'BK_CHU_TICH' AND u.code = 'CT') OR q.code = 'NEXT_HEAD'
ORDER BY q.id, array_position(ARRAY['AP', 'CT', 'CM', 'PT', 'CP', 'TT'], u.code);

-- Every member voted.
INSERT INTO vote_voter (vote_id, unit_id) SELECT (SELECT vote_id FROM demo_vote), id FROM demo_vote_unit;

-- Six anonymous ballots: n = 1..6. The flag: An Phú for on five, blank on one. The certificate: Châu Thành for on
-- five, against on one. Next year's head: Châu Thành on five, Chợ Mới on one.
CREATE TEMPORARY TABLE demo_ballot ON COMMIT DROP AS
SELECT gen_random_uuid() AS id, n FROM generate_series(1, 6) AS n;

INSERT INTO vote_ballot (id, vote_id) SELECT id, (SELECT vote_id FROM demo_vote) FROM demo_ballot;

INSERT INTO vote_ballot_choice (ballot_id, vote_id, question_id, unit_id, choice)
SELECT b.id, (SELECT vote_id FROM demo_vote), q.id, u.id,
       CASE q.code
           WHEN 'CO_TINH' THEN CASE WHEN b.n = 6 THEN 'BLANK' ELSE 'FOR' END
           WHEN 'BK_CHU_TICH' THEN CASE WHEN b.n = 5 THEN 'AGAINST' ELSE 'FOR' END
           ELSE CASE WHEN u.code = CASE WHEN b.n = 6 THEN 'CM' ELSE 'CT' END THEN 'FOR' ELSE 'AGAINST' END
       END
FROM demo_ballot b
CROSS JOIN demo_vote_question q
JOIN vote_candidate c ON c.question_id = q.id
JOIN demo_vote_unit u ON u.id = c.unit_id;

-- The count, as the tally writes it.
INSERT INTO vote_tally (vote_id, question_id, unit_id, votes_for, votes_against, votes_blank, share_percent, reached,
                        elected, tied)
SELECT (SELECT vote_id FROM demo_vote), x.question_id, x.unit_id, x.f, x.a, x.b, round(x.f * 100.0 / 6, 2),
       x.f * 2 > 6, x.f * 2 > 6 AND x.f = max(x.f) OVER (PARTITION BY x.question_id), false
FROM (SELECT question_id, unit_id, count(*) FILTER (WHERE choice = 'FOR') f,
             count(*) FILTER (WHERE choice = 'AGAINST') a, count(*) FILTER (WHERE choice = 'BLANK') b
      FROM vote_ballot_choice WHERE vote_id = (SELECT vote_id FROM demo_vote) GROUP BY question_id, unit_id) x;

INSERT INTO vote_result (vote_id, award_type_id, unit_id, votes_for, votes_against, votes_blank, share_percent, elected)
SELECT t.vote_id, q.award_type_id, t.unit_id, t.votes_for, t.votes_against, t.votes_blank, t.share_percent, t.elected
FROM vote_tally t JOIN vote_question q ON q.id = t.question_id
WHERE t.vote_id = (SELECT vote_id FROM demo_vote) AND q.kind = 'AWARD';

INSERT INTO vote_history (vote_id, from_status, to_status, actor, occurred_at, reason)
SELECT vote_id, h.from_status, h.to_status, h.actor, h.at, NULL
FROM demo_vote CROSS JOIN (VALUES
    (NULL, 'PREPARED', 'admin', TIMESTAMPTZ '2021-01-04 09:00:00+07'),
    ('PREPARED', 'OPEN', 'admin', TIMESTAMPTZ '2021-01-04 09:30:00+07'),
    ('OPEN', 'CLOSED', 'system', TIMESTAMPTZ '2021-01-08 17:00:00+07')
) AS h(from_status, to_status, actor, at);

UPDATE vote SET status = 'CLOSED', closed_at = TIMESTAMPTZ '2021-01-08 17:00:00+07', ballots_issued = 6,
                ballots_returned = 6, ballots_valid = 6, ballots_invalid = 0,
                next_head_unit_id = (SELECT id FROM demo_vote_unit WHERE code = 'CT')
WHERE id = (SELECT vote_id FROM demo_vote);

-- Organization proposes the elected head when the next year is started from this one.
UPDATE cluster_term SET elected_next_head_id = (SELECT id FROM demo_vote_unit WHERE code = 'CT')
WHERE id = (SELECT term_id FROM demo_vote_term);

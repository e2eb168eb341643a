-- An Giang's review of Cluster 2's 2020 proposal and the decision on it: both items accepted by the administrator,
-- the proposal's review concluded (REVIEWED), then an illustrative decision (its number, date and signer are invented
-- and shown as such) awarding the provincial emulation flag (CO_TINH) to An Phú and the chairman's certificate of
-- merit (BK_CHU_TICH) to Châu Thành, with fixed verification codes so that the README can link them; the year moves
-- on to DECIDED. Without the submitted proposal (46-proposals) this script inserts nothing; run again, it inserts
-- nothing either.

CREATE TEMP TABLE demo_decision_proposal ON COMMIT DROP AS
SELECT p.id AS proposal_id, tm.id AS term_id, o.id AS organizer_id
FROM award_proposal p
JOIN cluster_term tm ON tm.id = p.term_id AND tm.year = 2020
JOIN cluster c ON c.id = tm.cluster_id AND c.code = 'CUM2'
JOIN organizer o ON o.id = c.organizer_id AND o.code = 'AG'
WHERE p.status = 'SUBMITTED'
  AND NOT EXISTS (SELECT 1 FROM award_decision d WHERE d.organizer_id = o.id AND d.number = '125/QĐ-UBND');

-- The review: each item accepted by the administrator, with its history row.
UPDATE award_proposal_item i SET review_outcome = 'ACCEPTED', reviewed_by = 'admin',
    reviewed_at = TIMESTAMPTZ '2021-01-18 10:00:00+07'
FROM demo_decision_proposal d
WHERE i.proposal_id = d.proposal_id AND i.review_outcome IS NULL;

INSERT INTO award_proposal_item_review (item_id, kind, outcome, reason, actor, occurred_at)
SELECT i.id, 'ACCEPTED', 'ACCEPTED', NULL, 'admin', TIMESTAMPTZ '2021-01-18 10:00:00+07'
FROM award_proposal_item i JOIN demo_decision_proposal d ON d.proposal_id = i.proposal_id;

INSERT INTO award_proposal_status_change (proposal_id, from_status, to_status, actor, occurred_at)
SELECT proposal_id, 'SUBMITTED', 'REVIEWED', 'admin', TIMESTAMPTZ '2021-01-18 10:30:00+07' FROM demo_decision_proposal;

UPDATE award_proposal p SET status = 'REVIEWED', updated_at = TIMESTAMPTZ '2021-01-18 10:30:00+07',
    version = p.version + 1
FROM demo_decision_proposal d WHERE p.id = d.proposal_id;

-- The decision, illustrative.
INSERT INTO award_decision (organizer_id, number, decided_on, year, authority, signer_name, signer_title, subject, source,
                            illustrative, recorded_at, recorded_by)
SELECT organizer_id, '125/QĐ-UBND', DATE '2021-01-25', 2020, 'Ủy ban nhân dân tỉnh An Giang', 'Nguyễn Văn Minh Họa',
       'Chủ tịch',
       'Về việc tặng Cờ thi đua của Ủy ban nhân dân tỉnh và Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho các tập thể '
       || 'thuộc Cụm thi đua số 2 đã có thành tích xuất sắc trong phong trào thi đua năm 2020',
       'RECORDED', true, TIMESTAMPTZ '2021-01-26 09:00:00+07', 'admin'
FROM demo_decision_proposal;

INSERT INTO award_granted (decision_id, organizer_id, award_type_id, year, unit_id, achievement, proposal_item_id,
                           register_number, verification_code, created_at)
SELECT dec.id, d.organizer_id, i.award_type_id, 2020, i.unit_id, i.summary, i.id, v.register_number, v.code,
       TIMESTAMPTZ '2021-01-26 09:00:00+07'
FROM demo_decision_proposal d
JOIN award_decision dec ON dec.organizer_id = d.organizer_id AND dec.number = '125/QĐ-UBND'
JOIN award_proposal_item i ON i.proposal_id = d.proposal_id
JOIN award_type t ON t.id = i.award_type_id
JOIN unit u ON u.id = i.unit_id
JOIN (VALUES
    ('CO_TINH', 'AP', '2021/00001', 'DEMO2021COTINHANPHU00001'),
    ('BK_CHU_TICH', 'CT', '2021/00002', 'DEMO2021BKCTCHAUTHANH002')
) AS v(type_code, unit_code, register_number, code) ON v.type_code = t.code AND v.unit_code = u.code;

INSERT INTO audit_event (occurred_at, actor, organizer_id, action, entity_type, entity_id, summary, new_value)
SELECT TIMESTAMPTZ '2021-01-26 09:00:00+07', 'admin', d.organizer_id, 'DECISION_RECORDED', 'AwardDecision', dec.id,
       '125/QĐ-UBND 25/01/2021', jsonb_build_object('number', '125/QĐ-UBND', 'decidedOn', '25/01/2021', 'year', 2020)
FROM demo_decision_proposal d
JOIN award_decision dec ON dec.organizer_id = d.organizer_id AND dec.number = '125/QĐ-UBND';

-- The year moves on to its decided step, recorded with its cause as the application records it.
INSERT INTO audit_event (occurred_at, actor, organizer_id, action, entity_type, entity_id, summary, old_value, new_value,
                         reason)
SELECT TIMESTAMPTZ '2021-01-26 09:00:00+07', 'admin', d.organizer_id, 'TERM_STATUS_ADVANCED', 'ClusterTerm', tm.id,
       c.name || ' 2020', jsonb_build_object('status', tm.status),
       jsonb_build_object('status', 'DECIDED', 'cause', 'Có quyết định khen thưởng'), 'Có quyết định khen thưởng'
FROM demo_decision_proposal d
JOIN cluster_term tm ON tm.id = d.term_id AND tm.status = 'PROPOSAL'
JOIN cluster c ON c.id = tm.cluster_id;

UPDATE cluster_term tm SET status = 'DECIDED'
FROM demo_decision_proposal d WHERE tm.id = d.term_id AND tm.status = 'PROPOSAL';

-- Annual results demo: Kiên Giang's border-and-island Cluster 3 signed its 2021 pledge (completed, see 20-pledge),
-- so its 2021 scoring is open for self-scoring here with a criteria table of the same structure as An Giang's.
-- Its figure criteria name the pledge targets they measure, so a unit's annual results fill its sheet.
-- Hà Tiên (hatien) has entered nothing yet; Phú Quốc (phuquoc) has entered its results and submitted its sheet.
-- The figures are illustrative.

INSERT INTO criteria_table (organizer_id, year, name, total_max, status)
SELECT o.id, 2021, 'Bảng tiêu chí chấm điểm thi đua Cụm thi đua số 3 biên giới, hải đảo năm 2021', 100, 'IN_USE'
FROM organizer o WHERE o.code = 'KG';

INSERT INTO criteria_table_cluster (table_id, cluster_id, year)
SELECT t.id, c.id, 2021
FROM criteria_table t JOIN organizer o ON o.id = t.organizer_id AND o.code = 'KG'
JOIN cluster c ON c.organizer_id = o.id AND c.code = 'CUM3'
WHERE t.year = 2021 AND t.name LIKE 'Bảng tiêu chí chấm điểm thi đua Cụm thi đua số 3%';

-- The tree of An Giang's 2021 table, parents first.
CREATE TEMPORARY TABLE demo_source_node ON COMMIT DROP AS
SELECT n.*, p.code AS parent_code
FROM criterion_node n JOIN criteria_table s ON s.id = n.table_id
JOIN organizer o ON o.id = s.organizer_id AND o.code = 'AG'
LEFT JOIN criterion_node p ON p.id = n.parent_id
WHERE s.year = 2021 AND s.name LIKE 'Bảng tiêu chí chấm điểm thi đua các cụm%';

INSERT INTO criterion_node (table_id, parent_id, node_type, code, description, max_points, kind, min_points,
                            points_per_occurrence, target_share, scoring_guide, evidence_required, sort_order)
SELECT t.id, NULL, d.node_type, d.code, d.description, d.max_points, d.kind, d.min_points, d.points_per_occurrence,
       d.target_share, d.scoring_guide, d.evidence_required, d.sort_order
FROM criteria_table t JOIN organizer o ON o.id = t.organizer_id AND o.code = 'KG', demo_source_node d
WHERE t.year = 2021 AND t.name LIKE 'Bảng tiêu chí chấm điểm thi đua Cụm thi đua số 3%' AND d.parent_code IS NULL;

INSERT INTO criterion_node (table_id, parent_id, node_type, code, description, max_points, kind, min_points,
                            points_per_occurrence, target_share, scoring_guide, evidence_required, sort_order)
SELECT t.id, p.id, d.node_type, d.code, d.description, d.max_points, d.kind, d.min_points, d.points_per_occurrence,
       d.target_share, d.scoring_guide, d.evidence_required, d.sort_order
FROM criteria_table t JOIN organizer o ON o.id = t.organizer_id AND o.code = 'KG'
JOIN demo_source_node d ON d.parent_code IS NOT NULL
JOIN criterion_node p ON p.table_id = t.id AND p.code = d.parent_code
WHERE t.year = 2021 AND t.name LIKE 'Bảng tiêu chí chấm điểm thi đua Cụm thi đua số 3%';

-- The figure criteria measure the targets of the cluster's pledge of that name.
UPDATE criterion_node n SET pledge_target = v.target
FROM criteria_table t JOIN organizer o ON o.id = t.organizer_id AND o.code = 'KG',
     (VALUES ('I.1', 'Thu ngân sách nhà nước trên địa bàn đạt và vượt dự toán được giao'),
             ('I.2', 'Tốc độ tăng trưởng giá trị sản xuất trên địa bàn'),
             ('I.4', 'Giảm tỷ lệ hộ nghèo so với đầu năm')) AS v(code, target)
WHERE n.table_id = t.id AND n.code = v.code
  AND t.year = 2021 AND t.name LIKE 'Bảng tiêu chí chấm điểm thi đua Cụm thi đua số 3%';

-- Cluster 3, 2021: self-scoring open; the year has moved on to scoring.
INSERT INTO scoring_round (term_id, table_id, status)
SELECT tm.id, t.id, 'SELF_SCORING'
FROM organizer o
JOIN cluster c ON c.organizer_id = o.id AND c.code = 'CUM3'
JOIN cluster_term tm ON tm.cluster_id = c.id AND tm.year = 2021
JOIN criteria_table t ON t.organizer_id = o.id AND t.year = 2021 AND t.name LIKE 'Bảng tiêu chí chấm điểm thi đua Cụm thi đua số 3%'
WHERE o.code = 'KG';

UPDATE cluster_term tm SET status = 'SCORING'
FROM cluster c JOIN organizer o ON o.id = c.organizer_id AND o.code = 'KG'
WHERE tm.cluster_id = c.id AND c.code = 'CUM3' AND tm.year = 2021 AND tm.status IN ('SET_UP', 'PLEDGE');

CREATE TEMPORARY TABLE demo_cum3_round ON COMMIT DROP AS
SELECT r.id AS round_id, r.table_id, tm.id AS term_id
FROM scoring_round r JOIN cluster_term tm ON tm.id = r.term_id AND tm.year = 2021
JOIN cluster c ON c.id = tm.cluster_id AND c.code = 'CUM3'
JOIN organizer o ON o.id = c.organizer_id AND o.code = 'KG';

INSERT INTO scoring_round_history (round_id, from_status, to_status, actor, occurred_at, reason)
SELECT round_id, 'NOT_OPEN', 'SELF_SCORING', 'kiengiang', TIMESTAMPTZ '2021-11-15 08:00:00+07', 'Mở tự chấm điểm năm 2021'
FROM demo_cum3_round;

INSERT INTO score_sheet (round_id, unit_id, status, submitted_at, updated_at)
SELECT r.round_id, m.unit_id,
       CASE WHEN u.code = 'PQ' THEN 'SUBMITTED' ELSE 'DRAFT' END,
       CASE WHEN u.code = 'PQ' THEN TIMESTAMPTZ '2021-11-26 15:00:00+07' END,
       CASE WHEN u.code = 'PQ' THEN TIMESTAMPTZ '2021-11-26 15:00:00+07' ELSE TIMESTAMPTZ '2021-11-15 08:00:00+07' END
FROM demo_cum3_round r JOIN cluster_member m ON m.term_id = r.term_id JOIN unit u ON u.id = m.unit_id;

INSERT INTO score_sheet_history (sheet_id, from_status, to_status, actor, occurred_at)
SELECT s.id, 'DRAFT', 'SUBMITTED', 'phuquoc', TIMESTAMPTZ '2021-11-26 15:00:00+07'
FROM score_sheet s JOIN demo_cum3_round r ON r.round_id = s.round_id JOIN unit u ON u.id = s.unit_id AND u.code = 'PQ';

INSERT INTO score_line (sheet_id, node_id)
SELECT s.id, n.id
FROM score_sheet s JOIN demo_cum3_round r ON r.round_id = s.round_id
JOIN criterion_node n ON n.table_id = r.table_id AND n.node_type = 'CRITERION';

-- Phú Quốc's submitted sheet; its figures are those of its annual results below.
UPDATE score_line l SET self_value = v.self_value, self_target = v.self_target, self_score = v.self_score, self_note = v.note
FROM score_sheet s JOIN demo_cum3_round r ON r.round_id = s.round_id
JOIN unit u ON u.id = s.unit_id AND u.code = 'PQ'
JOIN criterion_node n ON n.table_id = r.table_id,
     (VALUES ('I.1', 121.3, 100, 10.00, 'Báo cáo quyết toán ngân sách năm 2021'),
             ('I.2', 7.5, 7, 10.00, NULL),
             ('I.3', 9, NULL, 9.00, 'Kết quả thẩm định nông thôn mới của tỉnh'),
             ('I.4', 1.6, 1.5, 10.00, NULL),
             ('I.5', 9, NULL, 9.00, NULL),
             ('II.1', 1, NULL, 5.00, NULL),
             ('II.2', 14, NULL, 14.00, NULL),
             ('III.1', 9, NULL, 9.00, NULL),
             ('III.2', 1, NULL, 5.00, NULL),
             ('IV.1', 1, NULL, 5.00, NULL),
             ('IV.2', 9, NULL, 9.00, 'Quyết định khen thưởng 4 mô hình điển hình'),
             ('T.1', 0, NULL, 0.00, 'Không'),
             ('T.2', 1, NULL, 2.00, NULL),
             ('TR.1', 0, NULL, 0.00, NULL),
             ('TR.2', 0, NULL, 0.00, NULL)) AS v(code, self_value, self_target, self_score, note)
WHERE l.sheet_id = s.id AND l.node_id = n.id AND n.code = v.code;

-- Phú Quốc's annual results against the targets of the pledge.
INSERT INTO annual_result (term_id, unit_id, pledge_target_id, value, note, updated_by, updated_at)
SELECT r.term_id, u.id, pt.id, v.value, v.note, 'phuquoc', TIMESTAMPTZ '2021-11-25 10:00:00+07'
FROM demo_cum3_round r
JOIN pledge p ON p.term_id = r.term_id
JOIN pledge_target pt ON pt.pledge_id = p.id
JOIN unit u ON u.code = 'PQ' AND u.organizer_id = p.organizer_id
JOIN (VALUES ('Tốc độ tăng trưởng giá trị sản xuất trên địa bàn', 7.5, NULL),
             ('Thu ngân sách nhà nước trên địa bàn đạt và vượt dự toán được giao', 121.3, 'Theo báo cáo của Phòng Tài chính - Kế hoạch'),
             ('Số xã đạt chuẩn nông thôn mới tăng thêm trong năm', 1, NULL),
             ('Giảm tỷ lệ hộ nghèo so với đầu năm', 1.6, NULL),
             ('Tỷ lệ dân số tham gia bảo hiểm y tế', 91.2, NULL),
             ('Hoàn thành chỉ tiêu tuyển chọn và gọi công dân nhập ngũ', 100, NULL),
             ('Kéo giảm số vụ phạm pháp hình sự so với năm 2020', 6.1, NULL),
             ('Phối hợp tuần tra, giữ vững chủ quyền, an ninh biên giới và vùng biển, đảo', NULL, 'Hoàn thành, không để xảy ra vụ việc phức tạp'),
             ('Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên', 92.5, NULL),
             ('Hồ sơ thủ tục hành chính được giải quyết đúng hạn', 99.1, NULL),
             ('Mô hình, điển hình tiên tiến được phát hiện, biểu dương và nhân rộng', 4, NULL)) AS v(name, value, note)
    ON v.name = pt.name;

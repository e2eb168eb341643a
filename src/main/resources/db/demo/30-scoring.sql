-- Scoring demo data: the 2020 criteria table of An Giang's clusters with Cluster 2's final 2020 scores (An Phú
-- first, Châu Thành second), and the 2021 table, copied from it, open for self-scoring in Cluster 2.
-- The table follows the structure of real provincial tables; the per-unit figures and scores are illustrative.

INSERT INTO criteria_table (organizer_id, year, name, total_max, status)
SELECT o.id, v.year, v.name, 100, 'IN_USE'
FROM organizer o, (VALUES
    (2020, 'Bảng tiêu chí chấm điểm thi đua các cụm thi đua huyện, thị xã, thành phố năm 2020'),
    (2021, 'Bảng tiêu chí chấm điểm thi đua các cụm thi đua huyện, thị xã, thành phố năm 2021')
) AS v(year, name)
WHERE o.code = 'AG';

UPDATE criteria_table t SET copied_from_id = (SELECT p.id FROM criteria_table p WHERE p.organizer_id = t.organizer_id AND p.year = 2020
    AND p.name LIKE 'Bảng tiêu chí chấm điểm thi đua các cụm%')
WHERE t.year = 2021 AND t.name LIKE 'Bảng tiêu chí chấm điểm thi đua các cụm%'
  AND t.organizer_id = (SELECT id FROM organizer WHERE code = 'AG');

INSERT INTO criteria_table_cluster (table_id, cluster_id, year)
SELECT t.id, c.id, t.year
FROM criteria_table t JOIN organizer o ON o.id = t.organizer_id AND o.code = 'AG'
JOIN cluster c ON c.organizer_id = o.id AND c.code = 'CUM2'
WHERE t.name LIKE 'Bảng tiêu chí chấm điểm thi đua các cụm%';

-- The same tree in both years; parents first so that children can find them.
CREATE TEMPORARY TABLE demo_criterion (code varchar(30), parent varchar(30), node_type varchar(20), description varchar(2000),
    max_points numeric(8,2), kind varchar(30), min_points numeric(8,2), points_per_occurrence numeric(8,2),
    target_share numeric(5,4), evidence_required boolean, scoring_guide varchar(4000), sort_order integer) ON COMMIT DROP;
INSERT INTO demo_criterion VALUES
    ('I', NULL, 'GROUP', 'Phát triển kinh tế - xã hội', '50', NULL, NULL, NULL, NULL, false, NULL, 10),
    ('I.1', 'I', 'CRITERION', 'Thu ngân sách nhà nước trên địa bàn so với dự toán', '10', 'FIGURE_AGAINST_TARGET', NULL, NULL, '0.5', true, 'Đạt dự toán: 5 điểm; đơn vị vượt cao nhất cụm: 10 điểm; vượt dự toán: nội suy tuyến tính; chưa đạt: tính theo tỷ lệ.', 10),
    ('I.2', 'I', 'CRITERION', 'Tốc độ tăng trưởng giá trị sản xuất so với kế hoạch', '10', 'FIGURE_AGAINST_TARGET', NULL, NULL, '0.5', false, 'Số liệu của Cục Thống kê tỉnh.', 20),
    ('I.3', 'I', 'CRITERION', 'Xây dựng nông thôn mới, đô thị văn minh', '10', 'MANUAL', '0', NULL, NULL, true, 'Theo kết quả thẩm định của Văn phòng Điều phối nông thôn mới tỉnh.', 30),
    ('I.4', 'I', 'CRITERION', 'Giảm tỷ lệ hộ nghèo so với chỉ tiêu', '10', 'FIGURE_AGAINST_TARGET', NULL, NULL, '0.5', false, NULL, 40),
    ('I.5', 'I', 'CRITERION', 'Giáo dục, y tế, văn hóa, an sinh xã hội', '10', 'MANUAL', '0', NULL, NULL, false, NULL, 50),
    ('II', NULL, 'GROUP', 'Quốc phòng, an ninh', '20', NULL, NULL, NULL, NULL, false, NULL, 20),
    ('II.1', 'II', 'CRITERION', 'Hoàn thành chỉ tiêu tuyển chọn, gọi công dân nhập ngũ', '5', 'PASS_FAIL', NULL, NULL, NULL, false, NULL, 10),
    ('II.2', 'II', 'CRITERION', 'Giữ vững an ninh chính trị, trật tự an toàn xã hội', '15', 'MANUAL', '0', NULL, NULL, false, NULL, 20),
    ('III', NULL, 'GROUP', 'Xây dựng Đảng, chính quyền', '15', NULL, NULL, NULL, NULL, false, NULL, 30),
    ('III.1', 'III', 'CRITERION', 'Cải cách hành chính, chỉ số hài lòng của người dân', '10', 'MANUAL', '0', NULL, NULL, false, NULL, 10),
    ('III.2', 'III', 'CRITERION', 'Không có cán bộ, công chức bị kỷ luật từ khiển trách trở lên', '5', 'PASS_FAIL', NULL, NULL, NULL, false, NULL, 20),
    ('IV', NULL, 'GROUP', 'Công tác thi đua, khen thưởng', '15', NULL, NULL, NULL, NULL, false, NULL, 40),
    ('IV.1', 'IV', 'CRITERION', 'Ký kết giao ước, sơ kết, tổng kết thi đua đúng thời gian', '5', 'PASS_FAIL', NULL, NULL, NULL, false, NULL, 10),
    ('IV.2', 'IV', 'CRITERION', 'Phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến', '10', 'MANUAL', '0', NULL, NULL, true, 'Minh chứng: quyết định khen thưởng, bài viết tuyên truyền điển hình.', 20),
    ('T', NULL, 'BONUS', 'Điểm thưởng', '10', NULL, NULL, NULL, NULL, false, NULL, 50),
    ('T.1', 'T', 'CRITERION', 'Đơn vị được tặng Cờ thi đua trong năm', '10', 'PASS_FAIL', NULL, NULL, NULL, true, NULL, 10),
    ('T.2', 'T', 'CRITERION', 'Mô hình mới, cách làm hay được tỉnh công nhận (mỗi mô hình)', '6', 'PER_OCCURRENCE', NULL, '2', NULL, false, NULL, 20),
    ('TR', NULL, 'DEDUCTION', 'Điểm trừ', '10', NULL, NULL, NULL, NULL, false, NULL, 60),
    ('TR.1', 'TR', 'CRITERION', 'Gửi báo cáo thi đua chậm so với quy định (mỗi lần)', '5', 'PER_OCCURRENCE', NULL, '1', NULL, false, NULL, 10),
    ('TR.2', 'TR', 'CRITERION', 'Để xảy ra vụ việc phức tạp về an ninh, trật tự (mỗi vụ)', '10', 'PER_OCCURRENCE', NULL, '2.5', NULL, false, NULL, 20);

INSERT INTO criterion_node (table_id, parent_id, node_type, code, description, max_points, kind, min_points,
                            points_per_occurrence, target_share, scoring_guide, evidence_required, sort_order)
SELECT t.id, NULL, d.node_type, d.code, d.description, d.max_points, d.kind, d.min_points, d.points_per_occurrence,
       d.target_share, d.scoring_guide, d.evidence_required, d.sort_order
FROM criteria_table t JOIN organizer o ON o.id = t.organizer_id AND o.code = 'AG', demo_criterion d
WHERE t.name LIKE 'Bảng tiêu chí chấm điểm thi đua các cụm%' AND d.parent IS NULL;

INSERT INTO criterion_node (table_id, parent_id, node_type, code, description, max_points, kind, min_points,
                            points_per_occurrence, target_share, scoring_guide, evidence_required, sort_order)
SELECT t.id, p.id, d.node_type, d.code, d.description, d.max_points, d.kind, d.min_points, d.points_per_occurrence,
       d.target_share, d.scoring_guide, d.evidence_required, d.sort_order
FROM criteria_table t JOIN organizer o ON o.id = t.organizer_id AND o.code = 'AG'
JOIN demo_criterion d ON d.parent IS NOT NULL
JOIN criterion_node p ON p.table_id = t.id AND p.code = d.parent
WHERE t.name LIKE 'Bảng tiêu chí chấm điểm thi đua các cụm%';

-- Cluster 2, 2020: scoring finalised.
INSERT INTO scoring_round (term_id, table_id, status, self_scoring_deadline, review_deadline)
SELECT tm.id, t.id, v.status, v.self_deadline, v.review_deadline
FROM organizer o
JOIN cluster c ON c.organizer_id = o.id AND c.code = 'CUM2'
JOIN (VALUES (2020, 'FINALISED', DATE '2020-11-30', DATE '2020-12-15'), (2021, 'SELF_SCORING', NULL, NULL))
    AS v(year, status, self_deadline, review_deadline) ON true
JOIN cluster_term tm ON tm.cluster_id = c.id AND tm.year = v.year
JOIN criteria_table t ON t.organizer_id = o.id AND t.year = v.year AND t.name LIKE 'Bảng tiêu chí chấm điểm thi đua các cụm%'
WHERE o.code = 'AG';

INSERT INTO scoring_round_history (round_id, from_status, to_status, actor, occurred_at, reason)
SELECT r.id, v.from_status, v.to_status, 'admin', v.at, v.reason
FROM scoring_round r JOIN cluster_term tm ON tm.id = r.term_id JOIN cluster c ON c.id = tm.cluster_id AND c.code = 'CUM2'
JOIN organizer o ON o.id = c.organizer_id AND o.code = 'AG'
JOIN (VALUES
    (2020, 'NOT_OPEN', 'SELF_SCORING', TIMESTAMPTZ '2020-11-02 08:00:00+07', 'Mở tự chấm điểm năm 2020'),
    (2020, 'SELF_SCORING', 'REVIEW', TIMESTAMPTZ '2020-12-01 08:00:00+07', 'Hết hạn tự chấm'),
    (2020, 'REVIEW', 'FINALISED', TIMESTAMPTZ '2020-12-16 16:00:00+07', 'Công bố kết quả chấm điểm năm 2020'),
    (2021, 'NOT_OPEN', 'SELF_SCORING', TIMESTAMPTZ '2021-11-01 08:00:00+07', 'Mở tự chấm điểm năm 2021')
) AS v(year, from_status, to_status, at, reason) ON v.year = tm.year;

INSERT INTO score_sheet (round_id, unit_id, status, submitted_at, updated_at)
SELECT r.id, m.unit_id, CASE WHEN tm.year = 2020 THEN 'FINAL' ELSE 'DRAFT' END,
       CASE WHEN tm.year = 2020 THEN TIMESTAMPTZ '2020-11-27 10:00:00+07' END,
       CASE WHEN tm.year = 2020 THEN TIMESTAMPTZ '2020-12-15 10:00:00+07' ELSE TIMESTAMPTZ '2021-11-01 08:00:00+07' END
FROM scoring_round r JOIN cluster_term tm ON tm.id = r.term_id JOIN cluster c ON c.id = tm.cluster_id AND c.code = 'CUM2'
JOIN organizer o ON o.id = c.organizer_id AND o.code = 'AG'
JOIN cluster_member m ON m.term_id = tm.id;

INSERT INTO score_sheet_history (sheet_id, from_status, to_status, actor, occurred_at, reason)
SELECT s.id, v.from_status, v.to_status, CASE WHEN v.by_unit THEN u.username ELSE 'anphu' END, v.at, NULL
FROM score_sheet s JOIN scoring_round r ON r.id = s.round_id JOIN cluster_term tm ON tm.id = r.term_id AND tm.year = 2020
JOIN cluster c ON c.id = tm.cluster_id AND c.code = 'CUM2'
JOIN organizer o ON o.id = c.organizer_id AND o.code = 'AG'
LEFT JOIN LATERAL (SELECT username FROM app_user a WHERE a.unit_id = s.unit_id ORDER BY a.id LIMIT 1) u ON true
JOIN (VALUES
    ('DRAFT', 'SUBMITTED', true, TIMESTAMPTZ '2020-11-27 10:00:00+07'),
    ('SUBMITTED', 'REVIEWED', false, TIMESTAMPTZ '2020-12-08 09:00:00+07'),
    ('REVIEWED', 'FINAL', false, TIMESTAMPTZ '2020-12-15 10:00:00+07')
) AS v(from_status, to_status, by_unit, at) ON true;

-- Lines of every sheet: empty for 2021, the final scores for 2020.
INSERT INTO score_line (sheet_id, node_id)
SELECT s.id, n.id
FROM score_sheet s JOIN scoring_round r ON r.id = s.round_id JOIN cluster_term tm ON tm.id = r.term_id
JOIN cluster c ON c.id = tm.cluster_id AND c.code = 'CUM2'
JOIN organizer o ON o.id = c.organizer_id AND o.code = 'AG'
JOIN criterion_node n ON n.table_id = r.table_id AND n.node_type = 'CRITERION'
WHERE tm.year = 2021;

CREATE TEMPORARY TABLE demo_score (unit varchar(30), code varchar(30), self_value numeric(14,2), self_target numeric(14,2),
    self_score numeric(8,2), review_score numeric(8,2), review_reason varchar(2000), final_score numeric(8,2)) ON COMMIT DROP;
INSERT INTO demo_score VALUES
    ('AP', 'I.1', '118.6', '92.4', '10.00', '10.00', NULL, '10.00'),
    ('AP', 'I.2', '7.9', '7.0', '10.00', '10.00', NULL, '10.00'),
    ('AP', 'I.4', '1.6', '1.2', '10.00', '10.00', NULL, '10.00'),
    ('AP', 'I.3', '9.5', NULL, '9.50', '9.50', NULL, '9.50'),
    ('AP', 'I.5', '9.5', NULL, '9.50', '9.50', NULL, '9.50'),
    ('AP', 'II.1', '1', NULL, '5.00', '5.00', NULL, '5.00'),
    ('AP', 'II.2', '14.5', NULL, '14.50', '14.50', NULL, '14.50'),
    ('AP', 'III.1', '9.5', NULL, '9.50', '9.50', NULL, '9.50'),
    ('AP', 'III.2', '1', NULL, '5.00', '5.00', NULL, '5.00'),
    ('AP', 'IV.1', '1', NULL, '5.00', '5.00', NULL, '5.00'),
    ('AP', 'IV.2', '9.5', NULL, '9.50', '9.50', NULL, '9.50'),
    ('AP', 'T.1', '0', NULL, '0.00', '0.00', NULL, '0.00'),
    ('AP', 'T.2', '2', NULL, '4.00', '4.00', NULL, '4.00'),
    ('AP', 'TR.1', '0', NULL, '0.00', '0.00', NULL, '0.00'),
    ('AP', 'TR.2', '0', NULL, '0.00', '0.00', NULL, '0.00'),
    ('CT', 'I.1', '104.9', '86.1', '8.85', '8.85', NULL, '8.85'),
    ('CT', 'I.2', '7.6', '7.0', '8.33', '8.33', NULL, '8.33'),
    ('CT', 'I.4', '1.5', '1.2', '8.75', '8.75', NULL, '8.75'),
    ('CT', 'I.3', '9.5', NULL, '9.50', '9.50', NULL, '9.50'),
    ('CT', 'I.5', '9', NULL, '9.00', '9.00', NULL, '9.00'),
    ('CT', 'II.1', '1', NULL, '5.00', '5.00', NULL, '5.00'),
    ('CT', 'II.2', '14', NULL, '14.00', '14.00', NULL, '14.00'),
    ('CT', 'III.1', '9.5', NULL, '9.50', '9.50', NULL, '9.50'),
    ('CT', 'III.2', '1', NULL, '5.00', '5.00', NULL, '5.00'),
    ('CT', 'IV.1', '1', NULL, '5.00', '5.00', NULL, '5.00'),
    ('CT', 'IV.2', '9.5', NULL, '9.50', '9.50', NULL, '9.50'),
    ('CT', 'T.1', '0', NULL, '0.00', '0.00', NULL, '0.00'),
    ('CT', 'T.2', '2', NULL, '4.00', '4.00', NULL, '4.00'),
    ('CT', 'TR.1', '0', NULL, '0.00', '0.00', NULL, '0.00'),
    ('CT', 'TR.2', '0', NULL, '0.00', '0.00', NULL, '0.00'),
    ('CM', 'I.1', '121.3', '107.5', '7.26', '7.26', NULL, '7.26'),
    ('CM', 'I.2', '7.1', '7.0', '5.56', '5.56', NULL, '5.56'),
    ('CM', 'I.4', '1.2', '1.2', '5.00', '5.00', NULL, '5.00'),
    ('CM', 'I.3', '9', NULL, '9.00', '9.00', NULL, '9.00'),
    ('CM', 'I.5', '9', NULL, '9.00', '9.00', NULL, '9.00'),
    ('CM', 'II.1', '1', NULL, '5.00', '5.00', NULL, '5.00'),
    ('CM', 'II.2', '14', NULL, '14.00', '14.00', NULL, '14.00'),
    ('CM', 'III.1', '9', NULL, '9.00', '9.00', NULL, '9.00'),
    ('CM', 'III.2', '1', NULL, '5.00', '5.00', NULL, '5.00'),
    ('CM', 'IV.1', '1', NULL, '5.00', '5.00', NULL, '5.00'),
    ('CM', 'IV.2', '9', NULL, '9.00', '9.00', NULL, '9.00'),
    ('CM', 'T.1', '0', NULL, '0.00', '0.00', NULL, '0.00'),
    ('CM', 'T.2', '1', NULL, '2.00', '2.00', NULL, '2.00'),
    ('CM', 'TR.1', '1', NULL, '1.00', '1.00', NULL, '1.00'),
    ('CM', 'TR.2', '0', NULL, '0.00', '0.00', NULL, '0.00'),
    ('PT', 'I.1', '87.2', '76.8', '7.39', '7.39', NULL, '7.39'),
    ('PT', 'I.2', '6.9', '7.0', '4.93', '4.93', NULL, '4.93'),
    ('PT', 'I.4', '1.3', '1.2', '6.25', '6.25', NULL, '6.25'),
    ('PT', 'I.3', '8.5', NULL, '8.50', '8.50', NULL, '8.50'),
    ('PT', 'I.5', '9', NULL, '9.00', '9.00', NULL, '9.00'),
    ('PT', 'II.1', '1', NULL, '5.00', '5.00', NULL, '5.00'),
    ('PT', 'II.2', '13.5', NULL, '13.50', '13.50', NULL, '13.50'),
    ('PT', 'III.1', '9', NULL, '9.00', '9.00', NULL, '9.00'),
    ('PT', 'III.2', '1', NULL, '5.00', '5.00', NULL, '5.00'),
    ('PT', 'IV.1', '1', NULL, '5.00', '5.00', NULL, '5.00'),
    ('PT', 'IV.2', '9', NULL, '9.00', '9.00', NULL, '9.00'),
    ('PT', 'T.1', '0', NULL, '0.00', '0.00', NULL, '0.00'),
    ('PT', 'T.2', '1', NULL, '2.00', '2.00', NULL, '2.00'),
    ('PT', 'TR.1', '0', NULL, '0.00', '0.00', NULL, '0.00'),
    ('PT', 'TR.2', '0', NULL, '0.00', '0.00', NULL, '0.00'),
    ('CP', 'I.1', '98.4', '81.9', '8.55', '8.55', NULL, '8.55'),
    ('CP', 'I.2', '7.2', '7.0', '6.11', '6.11', NULL, '6.11'),
    ('CP', 'I.4', '1.1', '1.2', '4.58', '4.58', NULL, '4.58'),
    ('CP', 'I.3', '8.5', NULL, '8.50', '8.50', NULL, '8.50'),
    ('CP', 'I.5', '8.5', NULL, '8.50', '8.50', NULL, '8.50'),
    ('CP', 'II.1', '1', NULL, '5.00', '5.00', NULL, '5.00'),
    ('CP', 'II.2', '14', NULL, '14.00', '14.00', NULL, '14.00'),
    ('CP', 'III.1', '8.5', NULL, '8.50', '8.50', NULL, '8.50'),
    ('CP', 'III.2', '1', NULL, '5.00', '5.00', NULL, '5.00'),
    ('CP', 'IV.1', '1', NULL, '5.00', '5.00', NULL, '5.00'),
    ('CP', 'IV.2', '8.5', NULL, '8.50', '8.50', NULL, '8.50'),
    ('CP', 'T.1', '0', NULL, '0.00', '0.00', NULL, '0.00'),
    ('CP', 'T.2', '0', NULL, '0.00', '0.00', NULL, '0.00'),
    ('CP', 'TR.1', '1', NULL, '1.00', '1.00', NULL, '1.00'),
    ('CP', 'TR.2', '0', NULL, '0.00', '0.00', NULL, '0.00'),
    ('TT', 'I.1', '82.1', '67.7', '8.75', '8.75', NULL, '8.75'),
    ('TT', 'I.2', '7.4', '7.0', '7.22', '7.22', NULL, '7.22'),
    ('TT', 'I.4', '1.4', '1.3', '6.15', '6.15', NULL, '6.15'),
    ('TT', 'I.3', '9', NULL, '9.00', '8.00', 'Chưa đủ minh chứng về xã đạt chuẩn nông thôn mới nâng cao', '8.00'),
    ('TT', 'I.5', '8.5', NULL, '8.50', '8.50', NULL, '8.50'),
    ('TT', 'II.1', '1', NULL, '5.00', '5.00', NULL, '5.00'),
    ('TT', 'II.2', '13', NULL, '13.00', '13.00', NULL, '13.00'),
    ('TT', 'III.1', '8.5', NULL, '8.50', '8.50', NULL, '8.50'),
    ('TT', 'III.2', '1', NULL, '5.00', '5.00', NULL, '5.00'),
    ('TT', 'IV.1', '1', NULL, '5.00', '5.00', NULL, '5.00'),
    ('TT', 'IV.2', '8.5', NULL, '8.50', '8.50', NULL, '8.50'),
    ('TT', 'T.1', '0', NULL, '0.00', '0.00', NULL, '0.00'),
    ('TT', 'T.2', '1', NULL, '2.00', '2.00', NULL, '2.00'),
    ('TT', 'TR.1', '2', NULL, '2.00', '2.00', NULL, '2.00'),
    ('TT', 'TR.2', '1', NULL, '2.50', '2.50', NULL, '2.50');

INSERT INTO score_line (sheet_id, node_id, self_value, self_target, self_score, self_note, review_score, review_reason, final_score)
SELECT s.id, n.id, d.self_value, d.self_target, d.self_score, 'Báo cáo tổng kết năm 2020 của đơn vị', d.review_score,
       d.review_reason, d.final_score
FROM demo_score d
JOIN organizer o ON o.code = 'AG'
JOIN unit u ON u.organizer_id = o.id AND u.code = d.unit
JOIN cluster c ON c.organizer_id = o.id AND c.code = 'CUM2'
JOIN cluster_term tm ON tm.cluster_id = c.id AND tm.year = 2020
JOIN scoring_round r ON r.term_id = tm.id
JOIN score_sheet s ON s.round_id = r.id AND s.unit_id = u.id
JOIN criterion_node n ON n.table_id = r.table_id AND n.code = d.code;

-- Cluster 2, 2021: the targets of the figure criteria, set by the province on the round (units no longer type them;
-- illustrative figures): each unit's budget revenue estimate (billion đồng), and a growth rate and a poverty
-- reduction common to all members.
INSERT INTO round_target (round_id, node_id, unit_id, target, updated_by, updated_at)
SELECT r.id, n.id, u.id, v.target, 'admin', TIMESTAMPTZ '2021-11-01 08:00:00+07'
FROM (VALUES ('I.1', 'AP', 98.0), ('I.1', 'CT', 92.0), ('I.1', 'CM', 115.0), ('I.1', 'PT', 82.0), ('I.1', 'CP', 88.0),
             ('I.1', 'TT', 72.0), ('I.2', NULL, 7.0), ('I.4', NULL, 1.2)) AS v(code, unit, target)
JOIN organizer o ON o.code = 'AG'
JOIN cluster c ON c.organizer_id = o.id AND c.code = 'CUM2'
JOIN cluster_term tm ON tm.cluster_id = c.id AND tm.year = 2021
JOIN scoring_round r ON r.term_id = tm.id
JOIN criterion_node n ON n.table_id = r.table_id AND n.code = v.code
LEFT JOIN unit u ON u.organizer_id = o.id AND u.code = v.unit;

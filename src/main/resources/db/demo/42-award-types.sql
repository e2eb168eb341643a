-- An Giang's award types for its clusters, with their legal sources (see docs/regulations.md). The shares, quotas
-- and prerequisites are the province's choices or the law's, shipped as data the administrator may change.

INSERT INTO award_type (organizer_id, code, name, category, level, recipient, vote_base, vote_share_percent,
                        vote_share_strict, quorum_percent, choices, max_per_cluster_year, max_member_percent,
                        max_leader_percent, legal_source, sort_order)
SELECT o.id, v.code, v.name, v.category, v.level, 'COLLECTIVE', 'MEMBERS', 50, true, 0, NULL, v.per_cluster, NULL,
       v.leader_percent, v.legal_source, v.sort_order
FROM organizer o, (VALUES
    ('CO_TINH', 'Cờ thi đua của Ủy ban nhân dân tỉnh', 'TITLE', 'PROVINCE', 1, NULL::numeric,
     'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 26 (cờ thi đua cấp tỉnh cho tập thể dẫn đầu cụm, khối); Nghị định 152/2025/NĐ-CP; quy chế thi đua, khen thưởng của tỉnh.', 10),
    ('BK_CHU_TICH', 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', 'COMMENDATION', 'PROVINCE', NULL, NULL,
     'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 72 (bằng khen); Nghị định 152/2025/NĐ-CP; quy chế thi đua, khen thưởng của tỉnh.', 20),
    ('TTLDXS', 'Tập thể lao động xuất sắc', 'TITLE', 'PROVINCE', NULL, NULL,
     'Luật Thi đua, khen thưởng số 06/2022/QH15 (danh hiệu thi đua đối với tập thể; đăng ký thi đua); Nghị định 152/2025/NĐ-CP.', 30),
    ('CO_CHINH_PHU', 'Cờ thi đua của Chính phủ', 'TITLE', 'GOVERNMENT', NULL, 20,
     'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 25 (chọn trong các tập thể dẫn đầu cụm, khối của tỉnh); tỷ lệ 20% theo Nghị định 91/2017/NĐ-CP, Điều 11 — cần đối chiếu Nghị định 152/2025/NĐ-CP.', 40),
    ('BK_THU_TUONG', 'Bằng khen của Thủ tướng Chính phủ', 'COMMENDATION', 'GOVERNMENT', NULL, NULL,
     'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 72; Nghị định 152/2025/NĐ-CP — điều kiện số năm liên tục cần đối chiếu văn bản hiện hành.', 50)
) AS v(code, name, category, level, per_cluster, leader_percent, legal_source, sort_order)
WHERE o.code = 'AG';

-- What each type requires before a unit may be proposed for it.
INSERT INTO award_prerequisite (award_type_id, kind, other_type_id, years, sort_order)
SELECT t.id, v.kind, other.id, v.years, v.sort_order
FROM organizer o
JOIN (VALUES
    ('CO_TINH', 'RANKED_FIRST', NULL, NULL::integer, 0),
    ('TTLDXS', 'REGISTERED', NULL, NULL, 0),
    ('CO_CHINH_PHU', 'OTHER_AWARD_THIS_YEAR', 'CO_TINH', NULL, 0),
    ('BK_THU_TUONG', 'CONSECUTIVE_YEARS', 'BK_CHU_TICH', 2, 0)
) AS v(code, kind, other_code, years, sort_order) ON true
JOIN award_type t ON t.organizer_id = o.id AND t.code = v.code
LEFT JOIN award_type other ON other.organizer_id = o.id AND other.code = v.other_code
WHERE o.code = 'AG';

-- The dossier: the submission and the minutes once, an achievement report per proposed unit.
INSERT INTO award_required_document (award_type_id, kind, name, per_item, sort_order)
SELECT t.id, d.kind, d.name, d.per_item, d.sort_order
FROM organizer o
JOIN award_type t ON t.organizer_id = o.id
JOIN (VALUES
    ('SUBMISSION', 'Tờ trình đề nghị khen thưởng', false, 0),
    ('MINUTES', 'Biên bản họp bình xét, suy tôn của cụm, khối', false, 1),
    ('ACHIEVEMENT_REPORT', 'Báo cáo thành tích của tập thể', true, 2)
) AS d(kind, name, per_item, sort_order) ON true
WHERE o.code = 'AG';

INSERT INTO award_type_history (award_type_id, from_status, to_status, actor, occurred_at)
SELECT t.id, NULL, 'ACTIVE', 'admin', now()
FROM award_type t JOIN organizer o ON o.id = t.organizer_id
WHERE o.code = 'AG' AND t.code IN ('CO_TINH', 'BK_CHU_TICH', 'TTLDXS', 'CO_CHINH_PHU', 'BK_THU_TUONG');

-- The award history of An Giang's Cluster 2 before the application: the provincial People's Committee's decisions
-- on the cluster's emulation flags (CO_TINH) and the chairman's certificates of merit (BK_CHU_TICH) for 2017-2019,
-- as an import of past awards brings them in (source IMPORTED). The numbers and dates are invented for the demo
-- (illustrative); the register numbers follow the organiser's register of each decision's calendar year and the
-- verification codes are fixed. Châu Thành holds the certificate of merit in 2018 and 2019: the two consecutive
-- years that the Prime Minister's certificate of merit (BK_THU_TUONG) asks for before 2020. Written once: run
-- again, the script inserts nothing; without the award types (42-award-types) it inserts nothing either.

INSERT INTO award_decision (organizer_id, number, decided_on, year, authority, signer_name, signer_title, subject,
                            source, illustrative, recorded_at, recorded_by)
SELECT o.id, v.number, v.decided_on, v.year, 'Ủy ban nhân dân tỉnh An Giang', 'Người ký (minh họa)', 'Chủ tịch',
       'Về việc tặng Cờ thi đua và Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho các tập thể thuộc Cụm thi đua số 2 năm '
           || v.year, 'IMPORTED', true, TIMESTAMPTZ '2021-01-05 08:00:00+07', 'admin'
FROM organizer o
JOIN (VALUES
    ('112/QĐ-UBND', DATE '2018-01-19', 2017),
    ('135/QĐ-UBND', DATE '2019-01-22', 2018),
    ('098/QĐ-UBND', DATE '2020-01-17', 2019)
) AS v(number, decided_on, year) ON true
WHERE o.code = 'AG'
  AND EXISTS (SELECT 1 FROM award_type t WHERE t.organizer_id = o.id AND t.code IN ('CO_TINH', 'BK_CHU_TICH'))
  AND NOT EXISTS (SELECT 1 FROM award_decision d
                  WHERE d.organizer_id = o.id AND lower(d.number) = lower(v.number) AND d.decided_on = v.decided_on);

INSERT INTO award_granted (decision_id, organizer_id, award_type_id, year, unit_id, achievement, register_number,
                           verification_code, created_at)
SELECT d.id, o.id, t.id, d.year, u.id, v.achievement, v.register_number, v.code, TIMESTAMPTZ '2021-01-05 08:00:00+07'
FROM organizer o
JOIN (VALUES
    ('112/QĐ-UBND', DATE '2018-01-19', 'CO_TINH', 'CT', 'Dẫn đầu phong trào thi đua Cụm thi đua số 2 năm 2017.', '2018/00001', 'Mv210c6oWnrUeYlagTK8dOC6'),
    ('112/QĐ-UBND', DATE '2018-01-19', 'BK_CHU_TICH', 'AP', 'Hoàn thành xuất sắc nhiệm vụ năm 2017; xây dựng nông thôn mới vượt kế hoạch.', '2018/00002', 'BdlZWo4qB-dInNVU-7jHUV0a'),
    ('112/QĐ-UBND', DATE '2018-01-19', 'BK_CHU_TICH', 'PT', 'Hoàn thành xuất sắc nhiệm vụ năm 2017; phát triển làng nghề truyền thống.', '2018/00003', 'FyQzfDOica_STHt-b_eQ5OJL'),
    ('135/QĐ-UBND', DATE '2019-01-22', 'CO_TINH', 'AP', 'Dẫn đầu phong trào thi đua Cụm thi đua số 2 năm 2018.', '2019/00001', 'Ahq2RhM3dQ90d5OgqJ7n8pOh'),
    ('135/QĐ-UBND', DATE '2019-01-22', 'BK_CHU_TICH', 'CT', 'Hoàn thành xuất sắc nhiệm vụ năm 2018; thu ngân sách vượt dự toán.', '2019/00002', 'FZksZtcvoLgdxHXA4h5wzi6b'),
    ('135/QĐ-UBND', DATE '2019-01-22', 'BK_CHU_TICH', 'CP', 'Hoàn thành xuất sắc nhiệm vụ năm 2018; cải cách hành chính hiệu quả.', '2019/00003', 'e5RjYfgTGrvkdLkgk-vnA0-p'),
    ('098/QĐ-UBND', DATE '2020-01-17', 'CO_TINH', 'CM', 'Dẫn đầu phong trào thi đua Cụm thi đua số 2 năm 2019.', '2020/00001', 'go4Y42dHjAHVnvxFnNuFeUwb'),
    ('098/QĐ-UBND', DATE '2020-01-17', 'BK_CHU_TICH', 'CT', 'Hoàn thành xuất sắc nhiệm vụ năm 2019; giảm nghèo bền vững vượt chỉ tiêu.', '2020/00002', '_stc8VerlrkzPQ0VbqJqmqSw'),
    ('098/QĐ-UBND', DATE '2020-01-17', 'BK_CHU_TICH', 'TT', 'Hoàn thành xuất sắc nhiệm vụ năm 2019; bảo vệ rừng, phát triển du lịch vùng núi.', '2020/00003', 'Hl6Q-QsCkblQe2oneXubAoOZ')
) AS v(number, decided_on, type_code, unit_code, achievement, register_number, code) ON true
JOIN award_decision d ON d.organizer_id = o.id AND d.number = v.number AND d.decided_on = v.decided_on
JOIN award_type t ON t.organizer_id = o.id AND t.code = v.type_code
JOIN unit u ON u.organizer_id = o.id AND u.code = v.unit_code
WHERE o.code = 'AG'
  AND NOT EXISTS (SELECT 1 FROM award_granted g WHERE g.verification_code = v.code)
  AND NOT EXISTS (SELECT 1 FROM award_granted g WHERE g.organizer_id = o.id AND g.register_number = v.register_number);

-- Demonstration data from public reports: An Giang's Cluster 2, Kiên Giang's border-and-island Cluster 3 and
-- the Southwest provinces' cluster organised by the Central Emulation and Commendation Council.
-- Every demo account's password is thidua2026.

INSERT INTO organizer (code, name, kind, working_year) VALUES
    ('AG', 'Hội đồng Thi đua - Khen thưởng tỉnh An Giang', 'PROVINCE', 2021),
    ('KG', 'Hội đồng Thi đua - Khen thưởng tỉnh Kiên Giang', 'PROVINCE', 2021),
    ('TW', 'Hội đồng Thi đua - Khen thưởng Trung ương', 'CENTRAL', 2021);

-- An Giang: districts, towns and cities, and a few provincial departments.
INSERT INTO unit (organizer_id, code, name, short_name, level)
SELECT o.id, v.code, v.name, v.short_name, v.level
FROM organizer o, (VALUES
    ('AP',  'Ủy ban nhân dân huyện An Phú',        'An Phú',      'DISTRICT'),
    ('CT',  'Ủy ban nhân dân huyện Châu Thành',    'Châu Thành',  'DISTRICT'),
    ('CM',  'Ủy ban nhân dân huyện Chợ Mới',       'Chợ Mới',     'DISTRICT'),
    ('PT',  'Ủy ban nhân dân huyện Phú Tân',       'Phú Tân',     'DISTRICT'),
    ('CP',  'Ủy ban nhân dân huyện Châu Phú',      'Châu Phú',    'DISTRICT'),
    ('TT',  'Ủy ban nhân dân huyện Tri Tôn',       'Tri Tôn',     'DISTRICT'),
    ('LX',  'Ủy ban nhân dân thành phố Long Xuyên', 'Long Xuyên',  'DISTRICT'),
    ('CD',  'Ủy ban nhân dân thành phố Châu Đốc',  'Châu Đốc',    'DISTRICT'),
    ('TC',  'Ủy ban nhân dân thị xã Tân Châu',     'Tân Châu',    'DISTRICT'),
    ('TB',  'Ủy ban nhân dân thị xã Tịnh Biên',    'Tịnh Biên',   'DISTRICT'),
    ('TS',  'Ủy ban nhân dân huyện Thoại Sơn',     'Thoại Sơn',   'DISTRICT'),
    ('STC', 'Sở Tài chính tỉnh An Giang',          'Sở Tài chính', 'PROVINCE_DEPARTMENT'),
    ('SKH', 'Sở Kế hoạch và Đầu tư tỉnh An Giang', 'Sở Kế hoạch và Đầu tư', 'PROVINCE_DEPARTMENT'),
    ('SCT', 'Sở Công Thương tỉnh An Giang',        'Sở Công Thương', 'PROVINCE_DEPARTMENT'),
    ('SNN', 'Sở Nông nghiệp và Phát triển nông thôn tỉnh An Giang', 'Sở Nông nghiệp và PTNT', 'PROVINCE_DEPARTMENT')
) AS v(code, name, short_name, level)
WHERE o.code = 'AG';

-- Kiên Giang: the border and island units.
INSERT INTO unit (organizer_id, code, name, short_name, level)
SELECT o.id, v.code, v.name, v.short_name, v.level
FROM organizer o, (VALUES
    ('HT', 'Ủy ban nhân dân thành phố Hà Tiên', 'Hà Tiên',    'DISTRICT'),
    ('PQ', 'Ủy ban nhân dân thành phố Phú Quốc', 'Phú Quốc',  'DISTRICT'),
    ('GT', 'Ủy ban nhân dân huyện Giang Thành', 'Giang Thành', 'DISTRICT'),
    ('KL', 'Ủy ban nhân dân huyện Kiên Lương',  'Kiên Lương', 'DISTRICT'),
    ('KH', 'Ủy ban nhân dân huyện Kiên Hải',    'Kiên Hải',   'DISTRICT')
) AS v(code, name, short_name, level)
WHERE o.code = 'KG';

-- The thirteen provinces and city of the Mekong Delta, as members of the central council's cluster.
INSERT INTO unit (organizer_id, code, name, short_name, level)
SELECT o.id, v.code, v.name, v.short_name, 'PROVINCE'
FROM organizer o, (VALUES
    ('CTO', 'Ủy ban nhân dân thành phố Cần Thơ', 'Cần Thơ'),
    ('AGI', 'Ủy ban nhân dân tỉnh An Giang',    'An Giang'),
    ('BLI', 'Ủy ban nhân dân tỉnh Bạc Liêu',    'Bạc Liêu'),
    ('BTR', 'Ủy ban nhân dân tỉnh Bến Tre',     'Bến Tre'),
    ('CMA', 'Ủy ban nhân dân tỉnh Cà Mau',      'Cà Mau'),
    ('DTH', 'Ủy ban nhân dân tỉnh Đồng Tháp',   'Đồng Tháp'),
    ('HGI', 'Ủy ban nhân dân tỉnh Hậu Giang',   'Hậu Giang'),
    ('KGI', 'Ủy ban nhân dân tỉnh Kiên Giang',  'Kiên Giang'),
    ('LAN', 'Ủy ban nhân dân tỉnh Long An',     'Long An'),
    ('STR', 'Ủy ban nhân dân tỉnh Sóc Trăng',   'Sóc Trăng'),
    ('TGI', 'Ủy ban nhân dân tỉnh Tiền Giang',  'Tiền Giang'),
    ('TVI', 'Ủy ban nhân dân tỉnh Trà Vinh',    'Trà Vinh'),
    ('VLO', 'Ủy ban nhân dân tỉnh Vĩnh Long',   'Vĩnh Long')
) AS v(code, name, short_name)
WHERE o.code = 'TW';

INSERT INTO cluster (organizer_id, code, name, kind, description)
SELECT o.id, v.code, v.name, v.kind, v.description
FROM organizer o JOIN (VALUES
    ('AG', 'CUM2',   'Cụm thi đua số 2', 'CLUSTER', 'Các huyện An Phú, Châu Thành, Chợ Mới, Phú Tân, Châu Phú, Tri Tôn.'),
    ('AG', 'KHOIKT', 'Khối các sở, ngành kinh tế', 'BLOC', 'Các sở, ngành thuộc lĩnh vực kinh tế (dữ liệu minh họa).'),
    ('KG', 'CUM3',   'Cụm thi đua số 3 biên giới hải đảo', 'CLUSTER', 'Các địa phương biên giới, hải đảo: Hà Tiên, Phú Quốc, Giang Thành, Kiên Lương, Kiên Hải.'),
    ('TW', 'TNB',    'Cụm thi đua các tỉnh Tây Nam Bộ', 'CLUSTER', 'Các tỉnh, thành phố vùng Đồng bằng sông Cửu Long.')
) AS v(organizer, code, name, kind, description) ON v.organizer = o.code;

-- Every year starts being set up, when its members are chosen; 50-stages moves each to where its pledge and its
-- scoring have taken it, and closes the past years.
INSERT INTO cluster_term (cluster_id, year, status)
SELECT c.id, v.year, v.status
FROM cluster c JOIN organizer o ON o.id = c.organizer_id JOIN (VALUES
    ('AG', 'CUM2', 2020, 'SET_UP'),
    ('AG', 'CUM2', 2021, 'SET_UP'),
    ('AG', 'KHOIKT', 2021, 'SET_UP'),
    ('KG', 'CUM3', 2021, 'SET_UP'),
    ('TW', 'TNB', 2020, 'SET_UP'),
    ('TW', 'TNB', 2021, 'SET_UP')
) AS v(organizer, cluster, year, status) ON v.organizer = o.code AND v.cluster = c.code;

INSERT INTO cluster_member (term_id, unit_id, role)
SELECT t.id, u.id, v.role
FROM (VALUES
    ('AG', 'CUM2', 2020, 'AP', 'HEAD'),
    ('AG', 'CUM2', 2020, 'CT', 'DEPUTY'),
    ('AG', 'CUM2', 2020, 'CM', 'MEMBER'),
    ('AG', 'CUM2', 2020, 'PT', 'MEMBER'),
    ('AG', 'CUM2', 2020, 'CP', 'MEMBER'),
    ('AG', 'CUM2', 2020, 'TT', 'MEMBER'),
    ('AG', 'CUM2', 2021, 'CT', 'HEAD'),
    ('AG', 'CUM2', 2021, 'AP', 'MEMBER'),
    ('AG', 'CUM2', 2021, 'CM', 'DEPUTY'),
    ('AG', 'CUM2', 2021, 'PT', 'MEMBER'),
    ('AG', 'CUM2', 2021, 'CP', 'MEMBER'),
    ('AG', 'CUM2', 2021, 'TT', 'MEMBER'),
    ('AG', 'KHOIKT', 2021, 'STC', 'HEAD'),
    ('AG', 'KHOIKT', 2021, 'SKH', 'DEPUTY'),
    ('AG', 'KHOIKT', 2021, 'SCT', 'MEMBER'),
    ('AG', 'KHOIKT', 2021, 'SNN', 'MEMBER'),
    ('KG', 'CUM3', 2021, 'KH', 'HEAD'),
    ('KG', 'CUM3', 2021, 'HT', 'MEMBER'),
    ('KG', 'CUM3', 2021, 'PQ', 'MEMBER'),
    ('KG', 'CUM3', 2021, 'GT', 'MEMBER'),
    ('KG', 'CUM3', 2021, 'KL', 'MEMBER'),
    ('TW', 'TNB', 2020, 'HGI', 'HEAD'),
    ('TW', 'TNB', 2020, 'KGI', 'DEPUTY'),
    ('TW', 'TNB', 2021, 'KGI', 'HEAD'),
    ('TW', 'TNB', 2021, 'DTH', 'DEPUTY'),
    ('TW', 'TNB', 2021, 'STR', 'DEPUTY')
) AS v(organizer, cluster, year, unit, role)
JOIN organizer o ON o.code = v.organizer
JOIN cluster c ON c.organizer_id = o.id AND c.code = v.cluster
JOIN cluster_term t ON t.cluster_id = c.id AND t.year = v.year
JOIN unit u ON u.organizer_id = o.id AND u.code = v.unit;

-- The remaining provinces are members of the Southwest cluster in both years.
INSERT INTO cluster_member (term_id, unit_id, role)
SELECT t.id, u.id, 'MEMBER'
FROM organizer o
JOIN cluster c ON c.organizer_id = o.id AND c.code = 'TNB'
JOIN cluster_term t ON t.cluster_id = c.id
JOIN unit u ON u.organizer_id = o.id
WHERE o.code = 'TW'
  AND NOT EXISTS (SELECT 1 FROM cluster_member m WHERE m.term_id = t.id AND m.unit_id = u.id);

INSERT INTO app_user (username, password_hash, full_name, email, role, organizer_id, unit_id)
SELECT v.username, '{bcrypt}$2a$10$ONCj3qQoaayyinf7/xu1gePNZR7z6tbvV4rkYoyYFLM/f0cZVWsF.', v.full_name, v.email, v.role, o.id, u.id
FROM (VALUES
    ('admin',      'Ban Thi đua - Khen thưởng tỉnh An Giang', 'admin@thidua.example',  'PROVINCE_ADMIN',    'AG', NULL),
    ('thamdinh',   'Cán bộ thẩm định Sở Nội vụ An Giang',     NULL,                    'PROVINCE_REVIEWER', 'AG', NULL),
    ('cumtruong2', 'Cán bộ huyện Châu Thành',                 NULL,                    'CLUSTER_HEAD',      'AG', 'CT'),
    ('anphu',      'Cán bộ huyện An Phú',                     NULL,                    'UNIT_OFFICER',      'AG', 'AP'),
    ('chomoi',     'Cán bộ huyện Chợ Mới',                    NULL,                    'UNIT_OFFICER',      'AG', 'CM'),
    ('phutan',     'Cán bộ huyện Phú Tân',                    NULL,                    'UNIT_OFFICER',      'AG', 'PT'),
    ('chauphu',    'Cán bộ huyện Châu Phú',                   NULL,                    'UNIT_OFFICER',      'AG', 'CP'),
    ('triton',     'Cán bộ huyện Tri Tôn',                    NULL,                    'UNIT_OFFICER',      'AG', 'TT'),
    ('kiengiang',  'Ban Thi đua - Khen thưởng tỉnh Kiên Giang', NULL,                  'PROVINCE_ADMIN',    'KG', NULL),
    ('kienhai',    'Cán bộ huyện Kiên Hải',                   NULL,                    'CLUSTER_HEAD',      'KG', 'KH'),
    ('hatien',     'Cán bộ thành phố Hà Tiên',                NULL,                    'UNIT_OFFICER',      'KG', 'HT'),
    ('phuquoc',    'Cán bộ thành phố Phú Quốc',               NULL,                    'UNIT_OFFICER',      'KG', 'PQ'),
    ('giangthanh', 'Cán bộ huyện Giang Thành',                NULL,                    'UNIT_OFFICER',      'KG', 'GT'),
    ('kienluong',  'Cán bộ huyện Kiên Lương',                 NULL,                    'UNIT_OFFICER',      'KG', 'KL'),
    ('trunguong',  'Vụ Thi đua - Khen thưởng, Ban Thi đua - Khen thưởng Trung ương', NULL, 'PROVINCE_ADMIN', 'TW', NULL)
) AS v(username, full_name, email, role, organizer, unit)
JOIN organizer o ON o.code = v.organizer
LEFT JOIN unit u ON u.organizer_id = o.id AND u.code = v.unit;

package vn.thidua.pledge;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.thidua.common.BusinessTime;
import vn.thidua.common.VerifyCodes;
import vn.thidua.infrastructure.DemoDataContributor;
import vn.thidua.organization.ClusterYear;
import vn.thidua.organization.ClusterYearMember;
import vn.thidua.organization.ClusterYears;

/**
 * The demo pledges: Kiên Giang's border-and-island Cluster 3 signed its 2021 pledge at the conference in Kiên Hải on
 * 24 March 2021 (completed, Kiên Hải countersigning as head); An Giang's Cluster 2 has its 2021 pledge open for
 * signing so that the demo accounts can sign ({@code anphu}) and countersign ({@code cumtruong2}) it. Built through
 * the domain so that the stored hashes are those of the canonical text. Target figures are illustrative.
 */
@Component
class PledgeDemoData implements DemoDataContributor {

    private final PledgeRepository pledges;
    private final JdbcTemplate jdbc;
    private final PledgeTemplates templates;
    private final ClusterYears clusterYears;

    PledgeDemoData(PledgeRepository pledges, JdbcTemplate jdbc, PledgeTemplates templates, ClusterYears clusterYears) {
        this.pledges = pledges;
        this.jdbc = jdbc;
        this.templates = templates;
        this.clusterYears = clusterYears;
    }

    @Override
    public String name() {
        return "20-pledge";
    }

    @Override
    public void load() {
        loadKienGiangCluster3();
        loadAnGiangCluster2();
    }

    private void loadKienGiangCluster3() {
        ClusterYear term = term("KG", "CUM3", 2021);
        Map<String, Long> unit = unitIds(term);
        Actor head = actor("kienhai");
        List<TargetDraft> targets = List.of(
                TargetDraft.common(
                        PledgeField.ECONOMY_SOCIETY,
                        "Tốc độ tăng trưởng giá trị sản xuất trên địa bàn",
                        "%",
                        new BigDecimal("7")),
                TargetDraft.common(
                        PledgeField.ECONOMY_SOCIETY,
                        "Thu ngân sách nhà nước trên địa bàn đạt và vượt dự toán được giao",
                        "% dự toán",
                        new BigDecimal("100")),
                new TargetDraft(
                        PledgeField.ECONOMY_SOCIETY,
                        "Số xã đạt chuẩn nông thôn mới tăng thêm trong năm",
                        "xã",
                        null,
                        values(unit, "HT", "1", "PQ", "1", "GT", "1", "KL", "1", "KH", "1")),
                TargetDraft.common(
                        PledgeField.ECONOMY_SOCIETY,
                        "Giảm tỷ lệ hộ nghèo so với đầu năm",
                        "điểm %",
                        new BigDecimal("1.5")),
                TargetDraft.common(
                        PledgeField.ECONOMY_SOCIETY, "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", new BigDecimal("90")),
                TargetDraft.common(
                        PledgeField.DEFENCE_SECURITY,
                        "Hoàn thành chỉ tiêu tuyển chọn và gọi công dân nhập ngũ",
                        "%",
                        new BigDecimal("100")),
                TargetDraft.common(
                        PledgeField.DEFENCE_SECURITY,
                        "Kéo giảm số vụ phạm pháp hình sự so với năm 2020",
                        "%",
                        new BigDecimal("5")),
                TargetDraft.common(
                        PledgeField.DEFENCE_SECURITY,
                        "Phối hợp tuần tra, giữ vững chủ quyền, an ninh biên giới và vùng biển, đảo",
                        null,
                        null),
                TargetDraft.common(
                        PledgeField.PARTY_GOVERNMENT,
                        "Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên",
                        "%",
                        new BigDecimal("90")),
                TargetDraft.common(
                        PledgeField.PARTY_GOVERNMENT,
                        "Hồ sơ thủ tục hành chính được giải quyết đúng hạn",
                        "%",
                        new BigDecimal("98")),
                TargetDraft.common(
                        PledgeField.EMULATION_WORK,
                        "Tổ chức phát động, sơ kết, tổng kết phong trào thi đua của Cụm đúng thời gian quy định",
                        null,
                        null),
                new TargetDraft(
                        PledgeField.EMULATION_WORK,
                        "Mô hình, điển hình tiên tiến được phát hiện, biểu dương và nhân rộng",
                        "mô hình",
                        null,
                        values(unit, "HT", "2", "PQ", "3", "GT", "2", "KL", "2", "KH", "2")));
        PledgeContent content = new PledgeContent(
                "Giao ước thi đua năm 2021 của Cụm thi đua số 3 các địa phương biên giới, hải đảo tỉnh Kiên Giang",
                "Kiên Hải",
                "Thực hiện Luật Thi đua, Khen thưởng và hướng dẫn của Hội đồng Thi đua - Khen thưởng tỉnh Kiên Giang về tổ chức phong trào thi đua theo cụm, khối năm 2021; "
                        + "tại hội nghị ký kết giao ước thi đua tổ chức ở huyện Kiên Hải ngày 24 tháng 3 năm 2021, năm đơn vị thành viên Cụm thi đua số 3 gồm thành phố Hà Tiên, "
                        + "thành phố Phú Quốc, huyện Giang Thành, huyện Kiên Lương và huyện Kiên Hải thống nhất ký kết giao ước thi đua với các nội dung sau:",
                "Thi đua thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ các cấp nhiệm kỳ 2020 - 2025 và kế hoạch phát triển kinh tế - xã hội năm 2021; "
                        + "phòng, chống dịch COVID-19 hiệu quả; giữ vững chủ quyền, an ninh biên giới, biển, đảo; xây dựng khu vực biên giới, hải đảo hòa bình, hữu nghị, ổn định và phát triển.",
                targets,
                "Các đơn vị thành viên cam kết quán triệt nội dung giao ước đến cán bộ, công chức và nhân dân; cụ thể hóa các chỉ tiêu vào kế hoạch năm 2021 của đơn vị; "
                        + "định kỳ 6 tháng và cả năm báo cáo kết quả với đơn vị cụm trưởng; tham gia đầy đủ hội nghị sơ kết, tổng kết, chấm điểm và bình xét thi đua của Cụm.");
        Pledge pledge = Pledge.draft(term, content, VerifyCodes.next(), head, at(2021, 3, 10, 8, 0));
        pledge.open(term, LocalDate.of(2021, 3, 24), LocalDate.of(2021, 3, 15), head, at(2021, 3, 15, 8, 0));
        String hash = pledge.getTextHash();
        String[][] signers = {{"hatien", "HT"}, {"phuquoc", "PQ"}, {"giangthanh", "GT"}, {"kienluong", "KL"}};
        int minute = 5;
        for (String[] signer : signers) {
            pledge.sign(term, unit.get(signer[1]), actor(signer[0]), hash, null, at(2021, 3, 24, 9, minute));
            minute += 5;
        }
        pledge.countersign(term, head, hash, null, at(2021, 3, 24, 9, 40));
        pledges.save(pledge);
    }

    private void loadAnGiangCluster2() {
        ClusterYear term = term("AG", "CUM2", 2021);
        Actor head = actor("cumtruong2");
        PledgeContent standard = templates.standard(term);
        List<TargetDraft> targets = standard.targets().stream()
                .map(target -> switch (target.name()) {
                    case "Giảm tỷ lệ hộ nghèo so với đầu năm" ->
                        TargetDraft.common(target.field(), target.name(), target.unitOfMeasure(), new BigDecimal("1"));
                    case "Tỷ lệ dân số tham gia bảo hiểm y tế" ->
                        TargetDraft.common(target.field(), target.name(), target.unitOfMeasure(), new BigDecimal("91"));
                    case "Kéo giảm số vụ phạm pháp hình sự so với năm trước" ->
                        TargetDraft.common(target.field(), target.name(), target.unitOfMeasure(), new BigDecimal("5"));
                    case "Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên" ->
                        TargetDraft.common(target.field(), target.name(), target.unitOfMeasure(), new BigDecimal("90"));
                    case "Hồ sơ thủ tục hành chính được giải quyết đúng hạn" ->
                        TargetDraft.common(
                                target.field(), target.name(), target.unitOfMeasure(), new BigDecimal("98.5"));
                    default -> target;
                })
                .toList();
        PledgeContent content = new PledgeContent(
                standard.title(), "Châu Thành", standard.preamble(), standard.goals(), targets, standard.commitments());
        Pledge pledge = Pledge.draft(term, content, VerifyCodes.next(), head, at(2021, 3, 1, 8, 0));
        pledge.open(term, LocalDate.of(2026, 12, 31), LocalDate.of(2021, 3, 5), head, at(2021, 3, 5, 8, 0));
        pledges.save(pledge);
    }

    private ClusterYear term(String organizer, String cluster, int year) {
        Long termId = jdbc.queryForObject("""
                select t.id from cluster_term t join cluster c on c.id = t.cluster_id join organizer o on o.id = c.organizer_id
                where o.code = ? and c.code = ? and t.year = ?""", Long.class, organizer, cluster, year);
        return clusterYears.get(termId);
    }

    private static Map<String, Long> unitIds(ClusterYear term) {
        Map<String, Long> ids = new TreeMap<>();
        for (ClusterYearMember member : term.members()) {
            ids.put(member.unitCode(), member.unitId());
        }
        return ids;
    }

    private static Map<Long, BigDecimal> values(Map<String, Long> units, String... codeAndValue) {
        Map<Long, BigDecimal> values = new TreeMap<>();
        for (int i = 0; i < codeAndValue.length; i += 2) {
            values.put(units.get(codeAndValue[i]), new BigDecimal(codeAndValue[i + 1]));
        }
        return values;
    }

    private Actor actor(String username) {
        return jdbc.queryForObject(
                "select id, full_name from app_user where username = ?",
                (rs, row) -> new Actor(rs.getLong("id"), rs.getString("full_name")),
                username);
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return BusinessTime.instant(LocalDateTime.of(year, month, day, hour, minute));
    }
}

package vn.thidua.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/**
 * The audit trail reads as words: actions, kinds of record, fields and coded values by their names, dates as
 * dd/MM/yyyy, numbers as 1.234,56 (1,234.56 in English), ids of units as the units' names, fetched at once.
 */
class AuditReadableTest extends IntegrationTest {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @BeforeEach
    void recordEventsOfOurOwn() {
        if (jdbc.queryForObject("select count(*) from audit_event where actor = 't.readable'", Integer.class) > 0) {
            return;
        }
        long chauThanh = idOf(
                "select id from unit where short_name = 'Châu Thành' and organizer_id = (select id from organizer where code = 'AG')");
        record(
                "t.readable",
                "TERM_MEMBER_REMOVED",
                "ClusterTerm",
                "{\"status\": \"PLEDGE\", \"deputies\": \"Chợ Mới\"}",
                "{\"status\": \"SET_UP\", \"deputies\": \"Phú Tân\"}");
        record("t.readable", "SCORE_ADJUSTED", "ScoreSheet", "{\"1.1\": \"10.00\"}", "{\"1.1\": \"9.0\"}");
        record(
                "t.readable",
                "SCORING_DEADLINES_CHANGED",
                "ScoringRound",
                "{\"reviewDeadline\": \"2025-06-15\"}",
                "{\"reviewDeadline\": \"2025-07-01\"}");
        record(
                "t.readable",
                "UNIT_ABSORBED",
                "Unit",
                null,
                "{\"predecessorId\": " + chauThanh + ", \"level\": \"COMMUNE\"}");
        record(
                "t.readable",
                "CRITERIA_TABLE_UPDATED",
                "CriteriaTable",
                "{\"totalMax\": 1234.5, \"evidenceRequired\": false}",
                "{\"totalMax\": -2, \"evidenceRequired\": true}");
        record("t.readable", "PLEDGE_SIGNED", "PledgeSignature", null, "{\"answeredAt\": \"2021-03-02T01:05:00Z\"}");
        for (int i = 0; i < 4; i++) {
            long unit = idOf(
                    "select id from unit where organizer_id = (select id from organizer where code = 'AG') order by id offset ? limit 1",
                    i);
            record("t.names", "UNIT_MERGED", "Unit", null, "{\"successorId\": " + unit + "}");
        }
    }

    @Test
    void everyCodeReadsAsWordsInVietnamese() throws Exception {
        String page = events(page("vi", "t.readable"));
        assertThat(page)
                .contains(
                        "Bỏ thành viên",
                        "Cụm, khối thi đua theo năm",
                        "Cụm phó",
                        "Ký kết giao ước",
                        "Đang thiết lập",
                        "Điều chỉnh điểm",
                        "Phiếu chấm điểm",
                        "Tiêu chí 1.1",
                        "Hạn thẩm định",
                        "01/07/2025",
                        "15/06/2025",
                        "Châu Thành",
                        "Đơn vị được sáp nhập vào",
                        "Xã, phường, đặc khu",
                        "1.234,5",
                        "−2",
                        "Bắt buộc minh chứng",
                        "Chữ ký giao ước",
                        "02/03/2021 08:05");
        assertThat(cell(page, "Tiêu chí 1.1")).contains(">10<", ">9<");
        assertThat(page)
                .doesNotContain(
                        "TERM_MEMBER_REMOVED",
                        "SCORE_ADJUSTED",
                        "ClusterTerm",
                        "ScoreSheet",
                        "PledgeSignature",
                        "deputies",
                        "reviewDeadline",
                        "predecessorId",
                        "SET_UP",
                        "COMMUNE",
                        "2025-07-01",
                        "10.00",
                        "9.0",
                        "1234.5",
                        "evidenceRequired");
    }

    @Test
    void andInEnglish() throws Exception {
        String page = events(page("en", "t.readable"));
        assertThat(page)
                .contains(
                        "Member removed",
                        "Cluster year",
                        "Deputies",
                        "Being set up",
                        "Score adjusted",
                        "Criterion 1.1",
                        "Review deadline",
                        "01/07/2025",
                        "1,234.5",
                        "Maximum total");
        assertThat(page).doesNotContain("TERM_MEMBER_REMOVED", "SET_UP", "1234.5", "reviewDeadline");
    }

    @Test
    void theActionAndKindFiltersOfferNamesNotCodes() throws Exception {
        String page = page("vi", "t.readable");
        String filter = page.substring(page.indexOf("data-testid=\"audit-filter\""));
        filter = filter.substring(0, filter.indexOf("</form>"));
        assertThat(filter).contains(">Phiếu chấm điểm</option>", ">Điều chỉnh điểm</option>");
    }

    @Test
    void unitNamesAreReadOnceForThePageNotOncePerRow() throws Exception {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            String one = mvc.perform(get("/admin/audit")
                            .param("actor", "t.names")
                            .param("to", "01/01/2016")
                            .with(Users.as(jdbc, "admin")))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            long empty = statistics.getPrepareStatementCount();
            statistics.clear();
            String four = page("vi", "t.names");
            long full = statistics.getPrepareStatementCount();
            assertThat(one).doesNotContain("data-event-id");
            assertThat(four.split("data-event-id").length - 1).isEqualTo(4);
            // One more statement for the unit names of all four rows.
            assertThat(full).isLessThanOrEqualTo(empty + 1);
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    private String page(String lang, String actor) throws Exception {
        return mvc.perform(get("/admin/audit")
                        .param("actor", actor)
                        .param("lang", lang)
                        .with(Users.as(jdbc, "admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The events' table, where every visible word is (the filter's options carry the codes as their values). */
    private static String events(String page) {
        String table = page.substring(page.indexOf("data-testid=\"audit-events\""));
        return table.substring(0, table.indexOf("</main>"));
    }

    private static String cell(String page, String label) {
        String row = page.substring(page.indexOf(label));
        return row.substring(0, row.indexOf("</tr>"));
    }

    private void record(String actor, String action, String entityType, String oldValue, String newValue) {
        jdbc.update("""
                insert into audit_event (occurred_at, actor, organizer_id, action, entity_type, entity_id, summary, old_value, new_value, reason)
                values ('2016-05-05 10:00:00+07', ?, (select id from organizer where code = 'AG'), ?, ?, 999002, null, ?::jsonb, ?::jsonb, null)""", actor, action, entityType, oldValue, newValue);
    }
}

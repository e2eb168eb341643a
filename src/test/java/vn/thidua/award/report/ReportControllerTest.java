package vn.thidua.award.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.award.decision.DecisionFixture;
import vn.thidua.award.report.ReportFixture.Item;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/** The report page and its spreadsheet, per role: the organiser's staff only, the export refused where the page is. */
class ReportControllerTest extends IntegrationTest {

    ReportFixture f;

    @BeforeEach
    void awards() {
        f = ReportFixture.create(jdbc);
        DecisionFixture decision = DecisionFixture.record(jdbc, f.organizerId, 2021);
        decision.grant(f.flag, f.chauThanh, "Thành tích");
        decision.grant(f.merit, f.anPhu, "Nguyễn Văn Bình", "Chủ tịch", "Thành tích");
        decision.grant(f.merit, f.choMoi, "Lê Văn Cường", "Phó Chủ tịch", "Thành tích");
        long revoked = decision.grant(f.flag, f.choMoi, "Thành tích");
        DecisionFixture.revoke(jdbc, revoked, "Sai sót");
        // Decided in December 2020 for the year 2020: in the reporting year 2021, not in the emulation year 2021.
        DecisionFixture december = DecisionFixture.record(jdbc, f.organizerId, 2020, LocalDate.of(2020, 12, 10));
        december.grant(f.governmentFlag, f.anPhu, "Thành tích");
        f.proposal(2021, "REVIEWED", Item.collective(f.flag, f.anPhu), new Item(f.flag, f.choMoi, null, "REJECTED"));
    }

    private String page(String user, String query) throws Exception {
        return mvc.perform(get("/reports/awards" + query).with(Users.as(jdbc, user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void theCountLeavesRevokedAwardsOutAndSplitsCollectivesFromIndividuals() throws Exception {
        String html = page(f.admin, "?year=2021");
        assertThat(Html.attributes(html, "report-count", "data-type"))
                .containsExactly("Cờ thi đua của Ủy ban nhân dân tỉnh", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh");
        assertThat(Html.texts(html, "count-collectives")).containsExactly("1", "0");
        assertThat(Html.texts(html, "count-individuals")).containsExactly("0", "2");
        assertThat(Html.texts(html, "count-revoked")).containsExactly("1", "0");
        assertThat(Html.texts(html, "count-total")).containsExactly("1", "2");
        assertThat(Html.texts(html, "report-summary").get(0)).contains("1 trường hợp được chấp thuận, 1 trường hợp");
        assertThat(Html.attributes(html, "report-public-link", "href"))
                .containsExactly("/public/awards/" + f.tag + "/2021");
    }

    @Test
    void theReportingYearCountsDecisionsFromTheFirstOfDecember() throws Exception {
        String html = page(f.reviewer, "?year=2021&period=REPORTING_YEAR");
        assertThat(Html.attributes(html, "report-count", "data-type")).contains("Cờ thi đua của Chính phủ");
        assertThat(Html.texts(html, "report-period-line").get(0)).contains("01/12/2020", "30/11/2021");
        assertThat(Html.attributes(page(f.reviewer, "?year=2021"), "report-count", "data-type"))
                .doesNotContain("Cờ thi đua của Chính phủ");
    }

    @Test
    void aYearWithoutAwardsShowsTheEmptyState() throws Exception {
        assertThat(Html.texts(page(f.admin, "?year=2030"), "empty-state")).hasSize(1);
        // An impossible year falls back to the working year instead of failing.
        assertThat(page(f.admin, "?year=abc&period=%00")).contains("data-testid=\"report-counts\"");
    }

    @Test
    void theOrganisersStaffReadThePageAndTheSpreadsheet() throws Exception {
        for (String user : new String[] {f.admin, f.reviewer}) {
            mvc.perform(get("/reports/awards").with(Users.as(jdbc, user))).andExpect(status().isOk());
            mvc.perform(get("/reports/awards/export?year=2021").with(Users.as(jdbc, user)))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", XLSX))
                    .andExpect(header().string(
                                    "Content-Disposition",
                                    org.hamcrest.Matchers.containsString("khen-thuong-2021.xlsx")));
        }
    }

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void everyoneElseIsRefusedThePageAndTheSpreadsheetAlike() throws Exception {
        for (String user : new String[] {f.officer, "cumtruong2", "anphu"}) {
            mvc.perform(get("/reports/awards").with(Users.as(jdbc, user))).andExpect(status().isForbidden());
            mvc.perform(get("/reports/awards/export").with(Users.as(jdbc, user)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/reports/awards")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/reports/awards/export")).andExpect(status().is3xxRedirection());
    }

    @Test
    void anotherOrganisersStaffSeeTheirOwnOrganiserOnly() throws Exception {
        String html = page("admin", "?year=2021");
        assertThat(html).doesNotContain(f.tag).contains("tỉnh An Giang");
    }
}

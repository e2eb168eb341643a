package vn.thidua.award.type;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import org.hamcrest.MatcherAssert;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unbescape.html.HtmlEscape;
import vn.thidua.award.registration.RegisteredPair;
import vn.thidua.award.registration.RegistrationService;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/** An Giang's demo award types, with their rules and legal sources, and Cluster 2's registrations for 2021. */
class AwardDemoDataTest extends IntegrationTest {

    @Autowired
    RegistrationService registrations;

    private long type(String code) {
        return idOf(
                "select t.id from award_type t join organizer o on o.id = t.organizer_id where o.code = 'AG' and t.code = ?",
                code);
    }

    @Test
    void anGiangHasItsFiveTypesWithTheirRulesAndSources() {
        assertThat(jdbc.queryForList(
                        "select t.code from award_type t join organizer o on o.id = t.organizer_id where o.code = 'AG' "
                                + "and t.legal_source like '%06/2022/QH15%' order by t.sort_order",
                        String.class))
                .containsSubsequence("CO_TINH", "BK_CHU_TICH", "TTLDXS", "CO_CHINH_PHU", "BK_THU_TUONG");
        assertThat(jdbc.queryForObject(
                        "select max_per_cluster_year from award_type where id = ?", Integer.class, type("CO_TINH")))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select max_leader_percent from award_type where id = ?",
                        BigDecimal.class,
                        type("CO_CHINH_PHU")))
                .isEqualByComparingTo("20");
        assertThat(jdbc.queryForObject(
                        "select kind from award_prerequisite where award_type_id = ?", String.class, type("CO_TINH")))
                .isEqualTo("RANKED_FIRST");
        assertThat(jdbc.queryForObject(
                        "select other_type_id from award_prerequisite where award_type_id = ?",
                        Long.class,
                        type("CO_CHINH_PHU")))
                .isEqualTo(type("CO_TINH"));
        assertThat(jdbc.queryForObject(
                        "select years from award_prerequisite where award_type_id = ? and other_type_id = ?",
                        Integer.class,
                        type("BK_THU_TUONG"),
                        type("BK_CHU_TICH")))
                .isEqualTo(2);
        assertThat(jdbc.queryForList(
                        "select kind || ':' || per_item from award_required_document where award_type_id = ? "
                                + "order by sort_order",
                        String.class,
                        type("CO_TINH")))
                .containsExactly("SUBMISSION:false", "MINUTES:false", "ACHIEVEMENT_REPORT:true");
    }

    @Test
    void theTypesPageReadsTheVoteRuleInWords() throws Exception {
        mvc.perform(get("/admin/award-types").with(Users.as(jdbc, "thamdinh")))
                .andExpect(status().isOk())
                .andExpect(result -> MatcherAssert.assertThat(
                        HtmlEscape.unescapeHtml(result.getResponse().getContentAsString()),
                        allOf(
                                containsString("Cờ thi đua của Ủy ban nhân dân tỉnh"),
                                containsString("Bằng khen của Thủ tướng Chính phủ"),
                                containsString("Trên 50% tổng số đơn vị thành viên"))));
    }

    @Test
    void clusterTwoRegisteredForTwentyTwentyOne() throws Exception {
        long term = termId("AG", "CUM2", 2021);
        assertThat(registrations.registeredPairs(term))
                .contains(
                        new RegisteredPair(unitId("AG", "AP"), type("CO_TINH")),
                        new RegisteredPair(unitId("AG", "CT"), type("TTLDXS")))
                .doesNotContain(new RegisteredPair(unitId("AG", "PT"), type("TTLDXS")));
        mvc.perform(get("/registrations").with(Users.as(jdbc, "phutan")))
                .andExpect(status().isOk())
                .andExpect(result -> MatcherAssert.assertThat(
                        HtmlEscape.unescapeHtml(result.getResponse().getContentAsString()),
                        allOf(containsString("Nhận đăng ký đến hết ngày"), containsString("Đã rút lúc"))));
        mvc.perform(get("/registrations/cluster-years/" + term).with(Users.as(jdbc, "cumtruong2")))
                .andExpect(status().isOk());
    }
}

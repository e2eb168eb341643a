package vn.thidua.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/** A pledge target is read as the reader types numbers: 1,234.5 in English, 1.234,5 in Vietnamese. */
class PledgeTargetLanguageTest extends IntegrationTest {

    @Autowired
    PledgeService pledges;

    PledgeFixture cluster;
    long pledgeId;

    @BeforeEach
    void draft() {
        cluster = PledgeFixture.create(jdbc, 2);
        cluster.signIn("head");
        pledgeId = pledges.createDraft(cluster.termId, DraftSource.TEMPLATE).getId();
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long version() {
        return jdbc.queryForObject("select version from pledge where id = ?", Long.class, pledgeId);
    }

    private BigDecimal saved(String lang, String typed) throws Exception {
        mvc.perform(post("/pledges/" + pledgeId + "/edit")
                        .param("lang", lang)
                        .with(Users.as(jdbc, cluster.username("head")))
                        .with(csrf())
                        .param("version", Long.toString(version()))
                        .param("title", "Giao ước")
                        .param("targets[0].field", "ECONOMY_SOCIETY")
                        .param("targets[0].name", "Thu ngân sách")
                        .param("targets[0].unitOfMeasure", "tỷ đồng")
                        .param("targets[0].value", typed))
                .andExpect(redirectedUrl("/pledges/" + pledgeId));
        return jdbc.queryForObject(
                "select target_value from pledge_target where pledge_id = ?", BigDecimal.class, pledgeId);
    }

    @Test
    void anEnglishReaderTypesEnglishNumbersAndAVietnameseReaderVietnameseOnes() throws Exception {
        assertThat(saved("en", "1,234.5")).isEqualByComparingTo("1234.5");
        assertThat(saved("en", "1,234")).isEqualByComparingTo("1234");
        assertThat(saved("vi", "1.234,5")).isEqualByComparingTo("1234.5");
        assertThat(saved("vi", "1.234")).isEqualByComparingTo("1234");
    }

    @Test
    void theFormGivesTheValueBackInTheReadersFormSoThatSavingAgainKeepsIt() throws Exception {
        saved("en", "1,234.5");
        String english = mvc.perform(get("/pledges/" + pledgeId + "/edit")
                        .param("lang", "en")
                        .with(Users.as(jdbc, cluster.username("head"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(english).contains("value=\"1234.5\"");
        String vietnamese = mvc.perform(get("/pledges/" + pledgeId + "/edit")
                        .param("lang", "vi")
                        .with(Users.as(jdbc, cluster.username("head"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(vietnamese).contains("value=\"1234,5\"");
    }
}

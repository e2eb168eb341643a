package vn.thidua.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/**
 * A pledge whose stored text was changed behind the application's back (in SQL) is never shown or printed as the
 * signed document: its page warns, its PDF and Word files are refused, and nobody can answer it any more.
 */
class PledgeIntegrityTest extends IntegrationTest {

    private static final String WARNING = "data-testid=\"integrity-warning\"";

    @Autowired
    PledgeService pledges;

    PledgeFixture cluster;

    @BeforeEach
    void cluster() {
        cluster = PledgeFixture.create(jdbc, 2);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long openPledge() {
        cluster.signIn("head");
        Pledge pledge = pledges.createDraft(cluster.termId, DraftSource.TEMPLATE);
        pledges.open(pledge.getId(), pledge.getVersion(), LocalDate.now().plusDays(30));
        return pledge.getId();
    }

    private void signAs(String role, long id) {
        cluster.signIn(role);
        pledges.sign(id, pledges.view(id).pledge().getTextHash(), "thidua2026", "127.0.0.1");
    }

    private long completedPledge() {
        long id = openPledge();
        signAs("m1", id);
        signAs("m2", id);
        signAs("head", id);
        SecurityContextHolder.clearContext();
        return id;
    }

    private MockHttpServletResponse get(String url, String role) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url)
                        .with(Users.as(jdbc, cluster.username(role))))
                .andReturn()
                .getResponse();
    }

    private void assertIntact(long id) throws Exception {
        for (String role : List.of("head", "m1", "admin")) {
            String page = get("/pledges/" + id, role).getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).as(role).doesNotContain(WARNING).contains("data-testid=\"download-pdf\"");
        }
        MockHttpServletResponse pdf = get("/pledges/" + id + "/document.pdf", "m1");
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(get("/pledges/" + id + "/document.docx", "m1").getStatus()).isEqualTo(200);
    }

    private void assertRefused(long id) throws Exception {
        for (String role : List.of("head", "m1", "admin")) {
            MockHttpServletResponse response = get("/pledges/" + id, role);
            assertThat(response.getStatus()).isEqualTo(200);
            String page = response.getContentAsString(StandardCharsets.UTF_8);
            assertThat(page)
                    .as(role)
                    .contains(WARNING, "KHÔNG khớp với văn bản đã khóa")
                    .doesNotContain("data-testid=\"download-pdf\"", "data-testid=\"download-docx\"");
        }
        for (String document : List.of("document.pdf", "document.docx")) {
            MockHttpServletResponse response = get("/pledges/" + id + "/" + document, "m1");
            assertThat(response.getStatus()).as(document).isEqualTo(422);
            assertThat(response.getContentType()).as(document).startsWith("text/html");
            assertThat(response.getHeader("Content-Disposition")).as(document).isNull();
            assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                    .as(document)
                    .contains("Không xuất văn bản này", "data-testid=\"back-to-pledge\"", "/pledges/" + id);
        }
    }

    @Test
    void aPledgeWhosePreambleWasChangedInSqlWarnsOnItsPageAndRefusesItsDocuments() throws Exception {
        long id = completedPledge();
        assertIntact(id);
        jdbc.update("update pledge set preamble = preamble || ' Nội dung chèn thêm sau khi ký.' where id = ?", id);
        assertRefused(id);
        jdbc.update(
                "update pledge set preamble = replace(preamble, ' Nội dung chèn thêm sau khi ký.', '') where id = ?",
                id);
        assertIntact(id);
    }

    @Test
    void aPledgeWhoseTargetOrFrozenTextWasChangedInSqlIsRefusedToo() throws Exception {
        long id = completedPledge();
        jdbc.update("update pledge_target set name = name || ' (sửa lén)' where pledge_id = ? and position = 0", id);
        assertRefused(id);

        cluster = PledgeFixture.create(jdbc, 2);
        long other = completedPledge();
        jdbc.update("update pledge set canonical_text = canonical_text || 'x' where id = ?", other);
        assertRefused(other);
    }

    @Test
    void nobodyAnswersAnOpenPledgeWhoseTextWasChanged() throws Exception {
        long id = openPledge();
        signAs("m1", id);
        SecurityContextHolder.clearContext();
        assertThat(get("/pledges/" + id, "m2").getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain(WARNING);
        jdbc.update("update pledge_target set name = name || ' (sửa lén)' where pledge_id = ? and position = 0", id);

        assertThat(get("/pledges/" + id + "/sign", "m2").getContentAsString(StandardCharsets.UTF_8))
                .contains(WARNING);
        cluster.signIn("m2");
        String seen = pledges.view(id).pledge().getTextHash();
        assertThatThrownBy(() -> pledges.sign(id, seen, "thidua2026", "127.0.0.1"))
                .hasMessageContaining("pledge.integrity.answerRefused");
        assertThatThrownBy(() -> pledges.decline(id, seen, "Không đồng ý", "127.0.0.1"))
                .hasMessageContaining("pledge.integrity.answerRefused");
    }
}

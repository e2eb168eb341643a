package vn.thidua.award.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.award.web.AwardTypeControllerTest.html;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.thidua.award.decision.DecisionFixture;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/**
 * Certificates in every role: the organiser's administrator edits layouts and prints, its reviewer reads and prints,
 * the awarded unit downloads its own certificate, another unit and another province are refused.
 */
class CertificateControllerTest extends IntegrationTest {

    private long type;
    private DecisionFixture decision;
    private long anPhuAward;

    /** The layout form as the page sends it (the built-in A4 boxes), with some values replaced: name, value, ... */
    static MockHttpServletRequestBuilder layoutForm(String url, String... replaced) {
        java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
        params.put("paper", "A4");
        params.put("mode", "PRE_PRINTED");
        params.put("place", "An Giang");
        params.put("version", "");
        String[][] boxes = {
            {"HONORIFIC", "40", "80", "217", "8", "15"},
            {"RECIPIENT", "30", "89", "237", "12", "22"},
            {"POSITION_UNIT", "30", "102", "237", "8", "14"},
            {"ACHIEVEMENT", "40", "112", "217", "30", "14"},
            {"PLACE_DATE", "160", "146", "120", "8", "13"},
            {"DECISION", "20", "152", "125", "7", "11"},
            {"REGISTER_NUMBER", "20", "160", "125", "7", "11"},
            {"SIGNER_TITLE", "160", "155", "120", "8", "13"},
            {"SIGNER_NAME", "160", "185", "120", "9", "14"},
            {"QR_CODE", "20", "170", "25", "25", "10"}
        };
        for (int i = 0; i < boxes.length; i++) {
            String p = "lines[" + i + "].";
            params.put(p + "field", boxes[i][0]);
            params.put(p + "x", boxes[i][1]);
            params.put(p + "y", boxes[i][2]);
            params.put(p + "width", boxes[i][3]);
            params.put(p + "height", boxes[i][4]);
            params.put(p + "fontSize", boxes[i][5]);
            params.put(p + "align", "CENTER");
            params.put(p + "visible", "true");
            params.put("_" + p + "visible", "on");
            params.put("_" + p + "bold", "on");
        }
        for (int i = 0; i + 1 < replaced.length; i += 2) {
            params.put(replaced[i], replaced[i + 1]);
        }
        MockHttpServletRequestBuilder request = post(url).with(csrf());
        params.forEach(request::param);
        return request;
    }

    @BeforeEach
    void decision() {
        type = idOf(
                """
                insert into award_type (organizer_id, code, name, category, level, recipient, vote_base,
                                        vote_share_percent, vote_share_strict, legal_source, sort_order)
                select o.id, ?, ?, 'COMMENDATION', 'PROVINCE', 'COLLECTIVE', 'MEMBERS', 50, true, 'Luật', 91
                from organizer o where o.code = 'AG' returning id""",
                "W-" + UUID.randomUUID().toString().substring(0, 8),
                "Bằng khen vai trò " + UUID.randomUUID().toString().substring(0, 8));
        decision = DecisionFixture.record(jdbc, idOf("select id from organizer where code = 'AG'"), 2020);
        anPhuAward = decision.grant(type, unitId("AG", "AP"), "Thành tích của An Phú");
        decision.grant(type, unitId("AG", "CT"), "Thành tích của Châu Thành");
    }

    private String decisionPdf() {
        return "/decisions/" + decision.decisionId + "/certificates.pdf";
    }

    private String awardPdf() {
        return "/awards/" + anPhuAward + "/certificate.pdf";
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        for (String url : new String[] {
            "/admin/certificate-layouts", "/admin/certificate-layouts/default", decisionPdf(), awardPdf()
        }) {
            mvc.perform(get(url)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        }
        mvc.perform(layoutForm("/admin/certificate-layouts/" + type))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void theAwardedUnitDownloadsItsOwnCertificateButNotTheDecisionsOrAnotherUnits() throws Exception {
        mvc.perform(get(awardPdf()).with(Users.as(jdbc, "anphu")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"));
        mvc.perform(get(decisionPdf()).with(Users.as(jdbc, "anphu"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/certificate-layouts").with(Users.as(jdbc, "anphu")))
                .andExpect(status().isForbidden());
        // Another unit of the same cluster.
        mvc.perform(get(awardPdf()).with(Users.as(jdbc, "chomoi"))).andExpect(status().isForbidden());
        mvc.perform(get(decisionPdf()).with(Users.as(jdbc, "chomoi"))).andExpect(status().isForbidden());
        mvc.perform(layoutForm("/admin/certificate-layouts/" + type).with(Users.as(jdbc, "chomoi")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theReviewerReadsLayoutsAndPrintsButDoesNotSave() throws Exception {
        mvc.perform(get("/admin/certificate-layouts").with(Users.as(jdbc, "thamdinh")))
                .andExpect(status().isOk())
                .andExpect(html(containsString("Mẫu chung của đơn vị tổ chức")));
        mvc.perform(get("/admin/certificate-layouts/" + type).with(Users.as(jdbc, "thamdinh")))
                .andExpect(status().isOk())
                .andExpect(html(allOf(
                        containsString("data-testid=\"layout-preview\""),
                        not(containsString("data-testid=\"layout-save\"")))));
        mvc.perform(layoutForm("/admin/certificate-layouts/" + type).with(Users.as(jdbc, "thamdinh")))
                .andExpect(status().isForbidden());
        mvc.perform(get(decisionPdf()).with(Users.as(jdbc, "thamdinh")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"));
        mvc.perform(get(awardPdf()).with(Users.as(jdbc, "thamdinh"))).andExpect(status().isOk());
        assertThat(jdbc.queryForObject(
                        "select count(*) from certificate_layout where award_type_id = ?", Integer.class, type))
                .isZero();
    }

    @Test
    void theAdministratorSavesALayoutSeesEveryProblemBesideItsFieldAndPrints() throws Exception {
        String url = "/admin/certificate-layouts/" + type;
        mvc.perform(layoutForm(url, "lines[1].x", "200", "lines[3].fontSize", "60", "place", "Long Xuyên")
                        .with(Users.as(jdbc, "admin")))
                .andExpect(status().isOk())
                .andExpect(html(allOf(
                        containsString("Ô vượt ra ngoài trang"),
                        containsString("Cỡ chữ từ 6 đến 48 pt"),
                        containsString("value=\"Long Xuyên\""),
                        containsString("value=\"60\""))));
        assertThat(jdbc.queryForObject(
                        "select count(*) from certificate_layout where award_type_id = ?", Integer.class, type))
                .isZero();
        mvc.perform(layoutForm(url, "lines[1].y", "95,5").with(Users.as(jdbc, "admin")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(url));
        assertThat(jdbc.queryForObject("""
                        select f.y_mm from certificate_layout_field f join certificate_layout l on l.id = f.layout_id
                        where l.award_type_id = ? and f.field = 'RECIPIENT'""", java.math.BigDecimal.class, type)).isEqualByComparingTo("95.5");
        // A second save from the same empty version is a conflict: the numbers typed are kept.
        mvc.perform(layoutForm(url, "place", "Châu Đốc").with(Users.as(jdbc, "admin")))
                .andExpect(status().isOk())
                .andExpect(html(
                        allOf(containsString("data-testid=\"current-values\""), containsString("value=\"Châu Đốc\""))));
        mvc.perform(get("/admin/certificate-layouts").with(Users.as(jdbc, "admin")))
                .andExpect(status().isOk())
                .andExpect(html(containsString("Mẫu riêng đã lưu")));
        mvc.perform(get(decisionPdf() + "?mode=FULL_DESIGN&paper=A3").with(Users.as(jdbc, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"));
    }

    @Test
    void anotherProvincesAdministratorIsRefusedEverything() throws Exception {
        mvc.perform(get("/admin/certificate-layouts/" + type).with(Users.as(jdbc, "kiengiang")))
                .andExpect(status().isNotFound());
        mvc.perform(layoutForm("/admin/certificate-layouts/" + type).with(Users.as(jdbc, "kiengiang")))
                .andExpect(status().isNotFound());
        mvc.perform(get(decisionPdf()).with(Users.as(jdbc, "kiengiang"))).andExpect(status().isForbidden());
        mvc.perform(get(awardPdf()).with(Users.as(jdbc, "kiengiang"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/certificate-layouts").with(Users.as(jdbc, "kiengiang")))
                .andExpect(status().isOk())
                .andExpect(html(not(containsString("Bằng khen vai trò"))));
        mvc.perform(get("/decisions/999999999/certificates.pdf").with(Users.as(jdbc, "admin")))
                .andExpect(status().isNotFound());
    }
}

package vn.thidua.award.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matcher;
import org.hamcrest.MatcherAssert;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.unbescape.html.HtmlEscape;
import vn.thidua.common.Flash;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/**
 * Registration in a province of its own: before and after the deadline, only the officer's own unit in its own
 * cluster-year, a closed year refused, withdrawals kept, and who sees the cluster's table.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistrationTest extends IntegrationTest {

    @Autowired
    RegistrationService service;

    private String tag;
    private long organizer;
    private long unitA;
    private long unitB;
    private long unitX;
    private long cluster;
    private long term;
    private long otherTerm;
    private long closedTerm;
    private long title;
    private long inactiveTitle;
    private String admin;
    private String reviewer;
    private String head;
    private String officerB;
    private String officerX;

    static ResultMatcher html(Matcher<? super String> matcher) {
        return result -> MatcherAssert.assertThat(
                HtmlEscape.unescapeHtml(result.getResponse().getContentAsString()), matcher);
    }

    @BeforeAll
    void createProvince() {
        tag = "R"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
        organizer = idOf(
                "insert into organizer (code, name, kind, working_year) values (?, ?, 'PROVINCE', 2021) returning id",
                tag,
                "Hội đồng thử " + tag);
        unitA = unit("A");
        unitB = unit("B");
        long unitC = unit("C");
        unitX = unit("X");
        cluster = idOf(
                "insert into cluster (organizer_id, code, name, kind) values (?, ?, ?, 'CLUSTER') returning id",
                organizer,
                tag + "K1",
                "Cụm đăng ký " + tag);
        long otherCluster = idOf(
                "insert into cluster (organizer_id, code, name, kind) values (?, ?, ?, 'CLUSTER') returning id",
                organizer,
                tag + "K2",
                "Cụm khác " + tag);
        term = idOf(
                "insert into cluster_term (cluster_id, year, status) values (?, 2021, 'SET_UP') returning id", cluster);
        otherTerm = idOf(
                "insert into cluster_term (cluster_id, year, status) values (?, 2021, 'SET_UP') returning id",
                otherCluster);
        closedTerm = idOf(
                "insert into cluster_term (cluster_id, year, status) values (?, 2020, 'SET_UP') returning id", cluster);
        jdbc.update(
                "insert into cluster_member (term_id, unit_id, role) values (?, ?, 'HEAD'), (?, ?, 'MEMBER'), "
                        + "(?, ?, 'MEMBER'), (?, ?, 'HEAD'), (?, ?, 'HEAD')",
                term,
                unitA,
                term,
                unitB,
                term,
                unitC,
                otherTerm,
                unitX,
                closedTerm,
                unitB);
        jdbc.update("update cluster_term set status = 'SCORING' where id in (?, ?)", term, otherTerm);
        jdbc.update("update cluster_term set status = 'CLOSED', reopens_to = 'RESULTS' where id = ?", closedTerm);
        title = type("LDXS", "Tập thể lao động xuất sắc " + tag, "TITLE", true);
        inactiveTitle = type("OLD", "Danh hiệu cũ " + tag, "TITLE", false);
        type("BK", "Bằng khen " + tag, "COMMENDATION", true);
        admin = user("adm", "PROVINCE_ADMIN", null);
        reviewer = user("rev", "PROVINCE_REVIEWER", null);
        head = user("head", "CLUSTER_HEAD", unitA);
        officerB = user("b", "UNIT_OFFICER", unitB);
        officerX = user("x", "UNIT_OFFICER", unitX);
    }

    @BeforeEach
    void noDeadline() {
        jdbc.update("delete from award_registration_window where organizer_id = ?", organizer);
    }

    @Test
    void withoutADeadlineNobodyRegisters() throws Exception {
        registerAs(officerB, term, title).andExpect(refused("registration.notOpen"));
        assertThat(count("select count(*) from award_registration where unit_id = ?", unitB))
                .isZero();
        mvc.perform(get("/registrations").with(Users.as(jdbc, officerB)))
                .andExpect(status().isOk())
                .andExpect(html(containsString("Chưa mở đăng ký thi đua cho năm này.")));
    }

    @Test
    void beforeTheDeadlineTheOfficerRegistersWithdrawsAndRegistersAgainAllKept() throws Exception {
        deadline(today().plusDays(10));
        mvc.perform(get("/registrations").with(Users.as(jdbc, officerB)))
                .andExpect(status().isOk())
                .andExpect(html(allOf(
                        containsString("Nhận đăng ký đến hết ngày"),
                        containsString("Tập thể lao động xuất sắc " + tag),
                        not(containsString("Bằng khen " + tag)),
                        not(containsString("Danh hiệu cũ " + tag)))));
        registerAs(officerB, term, title);
        assertThat(service.registeredPairs(term)).containsExactly(new RegisteredPair(unitB, title));
        assertThat(count(
                        "select count(*) from notification n join app_user u on u.id = n.user_id where u.username = ?",
                        head))
                .isEqualTo(1);
        mvc.perform(post("/registrations/withdraw")
                        .with(csrf())
                        .with(Users.as(jdbc, officerB))
                        .param("clusterYearId", String.valueOf(term))
                        .param("awardTypeId", String.valueOf(title)))
                .andExpect(status().is3xxRedirection());
        assertThat(service.registeredPairs(term)).isEmpty();
        registerAs(officerB, term, title);
        assertThat(service.registeredPairs(term)).containsExactly(new RegisteredPair(unitB, title));
        assertThat(jdbc.queryForList(
                        "select h.to_status from award_registration_history h join award_registration r "
                                + "on r.id = h.registration_id where r.unit_id = ? order by h.id",
                        String.class,
                        unitB))
                .containsExactly("REGISTERED", "WITHDRAWN", "REGISTERED");
        assertThat(count(
                        "select count(*) from audit_event where organizer_id = ? and action in "
                                + "('AWARD_REGISTERED', 'AWARD_REGISTRATION_WITHDRAWN')",
                        organizer))
                .isEqualTo(3);
        // Cleaning up for the other tests of the class: the registration is withdrawn again.
        jdbc.update("delete from award_registration_history where term_id = ?", term);
        jdbc.update("delete from award_registration where term_id = ?", term);
    }

    @Test
    void afterTheDeadlineRegisteringIsRefusedWithAMessage() throws Exception {
        deadline(today().minusDays(1));
        registerAs(officerB, term, title).andExpect(refused("registration.deadlinePassed"));
        assertThat(count("select count(*) from award_registration where unit_id = ?", unitB))
                .isZero();
        mvc.perform(get("/registrations").with(Users.as(jdbc, officerB)))
                .andExpect(html(allOf(
                        containsString("Đã hết hạn đăng ký"),
                        not(containsString("action=\"/registrations/register\"")))));
    }

    @Test
    void onlyTheOfficersOwnUnitInItsOwnClusterYear() throws Exception {
        deadline(today().plusDays(10));
        mvc.perform(post("/registrations/register")
                        .with(csrf())
                        .with(Users.as(jdbc, officerX))
                        .param("clusterYearId", String.valueOf(term))
                        .param("awardTypeId", String.valueOf(title)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/registrations/register")
                        .with(csrf())
                        .with(Users.as(jdbc, "anphu"))
                        .param("clusterYearId", String.valueOf(term))
                        .param("awardTypeId", String.valueOf(title)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/registrations/register")
                        .with(csrf())
                        .with(Users.as(jdbc, admin))
                        .param("clusterYearId", String.valueOf(term))
                        .param("awardTypeId", String.valueOf(title)))
                .andExpect(status().isForbidden());
        assertThat(count("select count(*) from award_registration where term_id = ?", term))
                .isZero();
    }

    @Test
    void aClosedYearAndAnInactiveTitleAreRefused() throws Exception {
        deadline(today().plusDays(10));
        registerAs(officerB, closedTerm, title).andExpect(refused("registration.yearClosed"));
        registerAs(officerB, term, inactiveTitle).andExpect(refused("registration.typeNotOffered"));
        assertThat(count("select count(*) from award_registration where unit_id = ?", unitB))
                .isZero();
    }

    @Test
    void theHeadAndTheStaffSeeTheTableAMemberDoesNot() throws Exception {
        deadline(today().plusDays(10));
        jdbc.update(
                "insert into award_registration (term_id, unit_id, award_type_id, registered_at, registered_by) "
                        + "values (?, ?, ?, now(), 'seed')",
                term,
                unitA,
                title);
        for (String user : List.of(head, reviewer, admin)) {
            mvc.perform(get("/registrations/cluster-years/" + term).with(Users.as(jdbc, user)))
                    .andExpect(status().isOk())
                    .andExpect(html(allOf(
                            containsString("Tập thể lao động xuất sắc " + tag),
                            containsString("Đã đăng ký"),
                            containsString("Ủy ban nhân dân xã đăng ký " + tag + "B"))));
        }
        mvc.perform(get("/registrations/cluster-years/" + term).with(Users.as(jdbc, officerB)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/registrations/cluster-years/" + term).with(Users.as(jdbc, "admin")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/award-registrations").with(Users.as(jdbc, reviewer)))
                .andExpect(status().isOk())
                .andExpect(html(allOf(
                        containsString("Cụm đăng ký " + tag),
                        containsString("Cụm khác " + tag),
                        not(containsString("data-testid=\"deadline-form\"")))));
        mvc.perform(get("/admin/award-registrations").with(Users.as(jdbc, officerB)))
                .andExpect(status().isForbidden());
        jdbc.update("delete from award_registration where term_id = ?", term);
    }

    @Test
    void theAdministratorSetsTheDeadlineOthersMayNot() throws Exception {
        mvc.perform(post("/admin/award-registrations/deadline")
                        .with(csrf())
                        .with(Users.as(jdbc, admin))
                        .param("year", "2021")
                        .param("closesOn", "31/12/2099")
                        .param("version", ""))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject(
                        "select closes_on from award_registration_window where organizer_id = ? and year = 2021",
                        LocalDate.class,
                        organizer))
                .isEqualTo(LocalDate.of(2099, 12, 31));
        mvc.perform(get("/admin/award-registrations").with(Users.as(jdbc, admin)))
                .andExpect(html(allOf(containsString("31/12/2099"), containsString("data-testid=\"deadline-form\""))));
        mvc.perform(post("/admin/award-registrations/deadline")
                        .with(csrf())
                        .with(Users.as(jdbc, admin))
                        .param("year", "2021")
                        .param("closesOn", "31/02/2021")
                        .param("version", "0"))
                .andExpect(refused("registration.deadline.invalid"))
                .andExpect(flash().attribute("closesOnTyped", "31/02/2021"));
        mvc.perform(post("/admin/award-registrations/deadline")
                        .with(csrf())
                        .with(Users.as(jdbc, reviewer))
                        .param("year", "2021")
                        .param("closesOn", "01/01/2099")
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject(
                        "select closes_on from award_registration_window where organizer_id = ? and year = 2021",
                        LocalDate.class,
                        organizer))
                .isEqualTo(LocalDate.of(2099, 12, 31));
    }

    /** Sent back to the page with a refusal naming the rule. */
    private static ResultMatcher refused(String key) {
        return result -> {
            Flash message = (Flash) result.getFlashMap().get(Flash.ATTRIBUTE);
            assertThat(message).isNotNull();
            assertThat(message.kind()).isEqualTo("danger");
            assertThat(message.key()).isEqualTo(key);
        };
    }

    private ResultActions registerAs(String user, long clusterYear, long type) throws Exception {
        return mvc.perform(post("/registrations/register")
                        .with(csrf())
                        .with(Users.as(jdbc, user))
                        .param("clusterYearId", String.valueOf(clusterYear))
                        .param("awardTypeId", String.valueOf(type)))
                .andExpect(status().is3xxRedirection());
    }

    private void deadline(LocalDate date) {
        jdbc.update(
                "insert into award_registration_window (organizer_id, year, closes_on) values (?, 2021, ?)",
                organizer,
                date);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    private int count(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }

    private long unit(String suffix) {
        return idOf(
                "insert into unit (organizer_id, code, name, short_name, level) values (?, ?, ?, ?, 'COMMUNE') returning id",
                organizer,
                tag + suffix,
                "Ủy ban nhân dân xã đăng ký " + tag + suffix,
                tag + suffix);
    }

    private long type(String code, String name, String category, boolean active) {
        return idOf(
                "insert into award_type (organizer_id, code, name, category, level, recipient, vote_base, "
                        + "vote_share_percent, vote_share_strict, active) values (?, ?, ?, ?, 'PROVINCE', 'COLLECTIVE', "
                        + "'MEMBERS', 50, true, ?) returning id",
                organizer,
                code,
                name,
                category,
                active);
    }

    private String user(String suffix, String role, Long unit) {
        String username = tag.toLowerCase() + suffix;
        jdbc.update("""
                insert into app_user (username, password_hash, full_name, role, organizer_id, unit_id)
                select ?, password_hash, ?, ?, ?, ? from app_user where username = 'admin'""", username, "Cán bộ " + username, role, organizer, unit);
        return username;
    }
}

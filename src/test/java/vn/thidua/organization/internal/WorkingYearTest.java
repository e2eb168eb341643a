package vn.thidua.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import vn.thidua.support.Users;

/** The working year, set by an organiser's administrator. Each test has an organiser of its own. */
class WorkingYearTest extends ClusterFixtures {

    @Autowired
    OrganizerService organizers;

    /** A fresh organiser in working year 2021 with an administrator; returns the administrator's user name. */
    private String newOrganizerAdmin() {
        String code = uniqueCode("ORG");
        long organizer = idOf(
                "insert into organizer (code, name, kind, working_year) values (?, ?, 'PROVINCE', 2021) returning id",
                code,
                "Hội đồng thử nghiệm " + code);
        String username = code.toLowerCase();
        jdbc.update("""
                insert into app_user (username, password_hash, full_name, role, organizer_id)
                select ?, password_hash, 'Quản trị thử nghiệm', 'PROVINCE_ADMIN', ? from app_user where username = 'admin'""", username, organizer);
        return username;
    }

    private int workingYearOf(String username) {
        return (int) idOf(
                "select o.working_year from organizer o join app_user u on u.organizer_id = o.id where u.username = ?",
                username);
    }

    private long organizerIdOf(String username) {
        return idOf("select organizer_id from app_user where username = ?", username);
    }

    private long versionOf(String username) {
        return idOf(
                "select o.version from organizer o join app_user u on u.organizer_id = o.id where u.username = ?",
                username);
    }

    @Test
    void changingTheWorkingYearIsAudited() {
        String admin = newOrganizerAdmin();
        signIn(admin);
        organizers.changeWorkingYear(2022, versionOf(admin));

        assertThat(workingYearOf(admin)).isEqualTo(2022);
        long organizer = organizerIdOf(admin);
        assertThat(auditValue("WORKING_YEAR_CHANGED", "Organizer", organizer, "old_value", "workingYear"))
                .isEqualTo("2021");
        assertThat(auditValue("WORKING_YEAR_CHANGED", "Organizer", organizer, "new_value", "workingYear"))
                .isEqualTo("2022");
        assertThat(lastAudit("WORKING_YEAR_CHANGED", "Organizer", organizer).get("actor"))
                .isEqualTo(admin);
    }

    @Test
    void aYearOutsideTheRangeIsRefused() {
        String admin = newOrganizerAdmin();
        signIn(admin);
        assertThatThrownBy(() -> organizers.changeWorkingYear(1999, versionOf(admin)))
                .isInstanceOf(OrganizationException.class);
        assertThatThrownBy(() -> organizers.changeWorkingYear(2101, versionOf(admin)))
                .isInstanceOf(OrganizationException.class);
        assertThat(workingYearOf(admin)).isEqualTo(2021);
    }

    @Test
    void aStaleVersionIsAConflict() {
        String admin = newOrganizerAdmin();
        signIn(admin);
        long seen = versionOf(admin);
        organizers.changeWorkingYear(2022, seen);
        assertThatThrownBy(() -> organizers.changeWorkingYear(2023, seen))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(workingYearOf(admin)).isEqualTo(2022);
    }

    @Test
    void onlyAdministratorsChangeIt() {
        signIn("thamdinh");
        assertThatThrownBy(() -> organizers.changeWorkingYear(2022, 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organizers.settings()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void thePageShowsAndSetsTheWorkingYear() throws Exception {
        String admin = newOrganizerAdmin();
        mvc.perform(get("/admin/working-year").with(Users.as(jdbc, admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Năm làm việc của Hội đồng thử nghiệm")))
                .andExpect(content().string(containsString("value=\"2021\"")));

        mvc.perform(post("/admin/working-year")
                        .with(Users.as(jdbc, admin))
                        .with(csrf())
                        .param("year", "2022")
                        .param("version", String.valueOf(versionOf(admin))))
                .andExpect(redirectedUrl("/admin/working-year"))
                .andExpect(flash().attributeExists("flash"));

        assertThat(workingYearOf(admin)).isEqualTo(2022);
        mvc.perform(get("/").with(Users.as(jdbc, admin)))
                .andExpect(content().string(containsString("Năm làm việc: 2022")));
    }

    @Test
    void badInputComesBackWithAMessageAndTheValueTyped() throws Exception {
        String admin = newOrganizerAdmin();
        String version = String.valueOf(versionOf(admin));
        mvc.perform(post("/admin/working-year")
                        .with(Users.as(jdbc, admin))
                        .with(csrf())
                        .param("year", "1999")
                        .param("version", version))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Năm làm việc phải từ 2000 đến 2100.")))
                .andExpect(content().string(containsString("value=\"1999\"")));
        mvc.perform(post("/admin/working-year")
                        .with(Users.as(jdbc, admin))
                        .with(csrf())
                        .param("year", "20x2")
                        .param("version", version))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Năm làm việc phải là một số")))
                .andExpect(content().string(containsString("value=\"20x2\"")));
        mvc.perform(post("/admin/working-year")
                        .with(Users.as(jdbc, admin))
                        .with(csrf())
                        .param("year", "")
                        .param("version", version))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng nhập năm làm việc.")));
        assertThat(workingYearOf(admin)).isEqualTo(2021);
    }

    @Test
    void aStaleFormShowsTheConflictAndKeepsTheInput() throws Exception {
        String admin = newOrganizerAdmin();
        long seen = versionOf(admin);
        signIn(admin);
        organizers.changeWorkingYear(2022, seen);
        signOut();

        mvc.perform(post("/admin/working-year")
                        .with(Users.as(jdbc, admin))
                        .with(csrf())
                        .param("year", "2030")
                        .param("version", String.valueOf(seen)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dữ liệu vừa được người khác thay đổi")))
                .andExpect(content().string(containsString("value=\"2030\"")));
        assertThat(workingYearOf(admin)).isEqualTo(2022);
    }

    @Test
    void reviewersAndOfficersAreRefusedThePage() throws Exception {
        mvc.perform(get("/admin/working-year").with(Users.as(jdbc, "thamdinh"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/working-year")
                        .with(Users.as(jdbc, "thamdinh"))
                        .with(csrf())
                        .param("year", "2030")
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/working-year").with(Users.as(jdbc, "anphu"))).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select working_year from organizer where code = 'AG'", Integer.class))
                .isEqualTo(2021);
    }

    @Test
    void everyPageOpensOnTheWorkingYearAndEarlierYearsStayBrowsable() throws Exception {
        String admin = newOrganizerAdmin();
        long organizer = organizerIdOf(admin);
        long cluster = idOf(
                "insert into cluster (organizer_id, code, name, kind) values (?, 'K1', 'Cụm của hội đồng thử', 'CLUSTER') returning id",
                organizer);
        newTerm(cluster, 2021, "SET_UP");
        mvc.perform(get("/admin/clusters/" + cluster).with(Users.as(jdbc, admin)))
                .andExpect(content()
                        .string(containsString(
                                "<option value=\"2021\" selected=\"selected\">2021 (năm làm việc)</option>")));

        signIn(admin);
        organizers.changeWorkingYear(2022, versionOf(admin));
        signOut();

        mvc.perform(get("/admin/clusters/" + cluster).with(Users.as(jdbc, admin)))
                .andExpect(content()
                        .string(containsString(
                                "<option value=\"2022\" selected=\"selected\">2022 (năm làm việc)</option>")))
                .andExpect(content().string(containsString("Cụm chưa được thiết lập cho năm 2022.")));
        mvc.perform(get("/admin/clusters/" + cluster).param("year", "2021").with(Users.as(jdbc, admin)))
                .andExpect(
                        content().string(containsString("<option value=\"2021\" selected=\"selected\">2021</option>")))
                .andExpect(content().string(not(containsString("Cụm chưa được thiết lập cho năm 2021."))));
    }
}

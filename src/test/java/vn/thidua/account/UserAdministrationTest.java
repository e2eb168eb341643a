package vn.thidua.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.util.HtmlUtils;
import vn.thidua.access.CurrentUser;
import vn.thidua.support.Users;

class UserAdministrationTest extends AccountTestSupport {

    @Autowired
    UserAdministration administration;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void onlyTheAdministratorOpensTheUsersPages() throws Exception {
        mvc.perform(get("/admin/users").with(Users.as(jdbc, "admin"))).andExpect(status().isOk());
        mvc.perform(get("/admin/users").with(Users.as(jdbc, "kiengiang"))).andExpect(status().isOk());
        for (String username : List.of("thamdinh", "cumtruong2", "anphu")) {
            mvc.perform(get("/admin/users").with(Users.as(jdbc, username))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/users/new").with(Users.as(jdbc, username))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/users/new")
                            .with(csrf())
                            .with(Users.as(jdbc, username))
                            .param("username", "sneaky." + username)
                            .param("fullName", "X")
                            .param("role", "PROVINCE_ADMIN")
                            .param("password", "12345678")
                            .param("passwordConfirmation", "12345678"))
                    .andExpect(status().isForbidden());
        }
        assertThat(jdbc.queryForObject("select count(*) from app_user where username like 'sneaky.%'", Integer.class))
                .isZero();
    }

    @Test
    void theServiceRefusesAnyoneButAnAdministratorEvenWithoutTheRoute() {
        for (String username : List.of("thamdinh", "cumtruong2", "anphu")) {
            signInAs(username);
            assertThatThrownBy(() -> administration.search("", PageRequest.of(0, 20)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> administration.create(new NewUser(
                            "svc." + username, "X", null, vn.thidua.access.Role.PROVINCE_ADMIN, null, "12345678")))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void listSearchesWithoutAccentsAndShowsRoleUnitAndStatusInVietnamese() throws Exception {
        mvc.perform(get("/admin/users").param("q", "chau thanh").with(Users.as(jdbc, "admin")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("cumtruong2"),
                                containsString("Cán bộ huyện Châu Thành"),
                                containsString("Đại diện đơn vị cụm trưởng"),
                                containsString("Ủy ban nhân dân huyện Châu Thành"),
                                containsString("Đang hoạt động"),
                                not(containsString("anphu")))));
        mvc.perform(get("/admin/users").param("q", "zzz-nobody").with(Users.as(jdbc, "admin")))
                .andExpect(content().string(containsString("Không có kết quả phù hợp.")));
    }

    @Test
    void listIsSortableByEveryOfferedColumnAndIgnoresOthers() throws Exception {
        for (String sort :
                List.of("username", "fullName", "role", "unit.name", "lastLoginAt", "passwordHash", "nonsense")) {
            mvc.perform(get("/admin/users").param("sort", sort + ",desc").with(Users.as(jdbc, "admin")))
                    .andExpect(status().isOk());
        }
        String byUnit = mvc.perform(get("/admin/users")
                        .param("sort", "unit.name,asc")
                        .param("size", "100")
                        .with(Users.as(jdbc, "admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        // Units sort by their full name: An Phú's officer comes before Tri Tôn's.
        assertThat(byUnit.indexOf(">anphu<")).isPositive().isLessThan(byUnit.indexOf(">triton<"));
    }

    @Test
    void sortedByUnitTheAccountsFollowTheUnitsNamesBothWaysWithTheUnitlessAtTheEnd() {
        signInAs("admin");
        long organizerId = Users.principal(jdbc, "admin").organizerId();
        List<String> unitNames = jdbc.queryForList(
                "select name from unit where organizer_id = ? order by name, id", String.class, organizerId);
        for (Sort.Direction direction : Sort.Direction.values()) {
            List<String> shown = administration
                    .search("", PageRequest.of(0, 500, Sort.by(direction, UserAdministration.UNIT_NAME)))
                    .map(UserSummary::unitName)
                    .getContent();
            assertThat(shown).contains((String) null).hasSizeGreaterThan(2);
            List<Integer> places = shown.stream()
                    .map(name -> name == null ? Integer.MAX_VALUE : unitNames.indexOf(name))
                    .toList();
            List<Integer> expected = new java.util.ArrayList<>(places);
            expected.sort(
                    direction.isAscending()
                            ? java.util.Comparator.naturalOrder()
                            : java.util.Comparator.reverseOrder());
            // Going up, the accounts without a unit come last; going down, first, as a missing name sorts in SQL.
            assertThat(places).as(direction.name()).isEqualTo(expected);
        }
    }

    @Test
    void theListReadsUnitNamesWithoutAQueryPerRow() throws Exception {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        boolean wasEnabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            mvc.perform(get("/admin/users").param("size", "1").with(Users.as(jdbc, "admin")))
                    .andExpect(status().isOk());
            long forOneRow = statistics.getPrepareStatementCount();
            statistics.clear();
            mvc.perform(get("/admin/users").param("size", "100").with(Users.as(jdbc, "admin")))
                    .andExpect(content().string(containsString("Ủy ban nhân dân huyện Tri Tôn")));
            // The short page also counts the rows; the long one needs no count. Nothing grows with the rows.
            assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(forOneRow);
        } finally {
            statistics.setStatisticsEnabled(wasEnabled);
        }
    }

    @Test
    void theAdministratorSeesOnlyTheirOwnOrganisersUsers() throws Exception {
        long kienhai = userId("kienhai");
        mvc.perform(get("/admin/users").param("q", "kien").with(Users.as(jdbc, "admin")))
                .andExpect(content().string(not(containsString("kienhai"))));
        mvc.perform(get("/admin/users/{id}", kienhai).with(Users.as(jdbc, "admin")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/users/{id}/password", kienhai).with(Users.as(jdbc, "admin")))
                .andExpect(status().isNotFound());

        jdbc.update("""
                insert into app_user (username, password_hash, full_name, role, organizer_id)
                select 'kg.victim', password_hash, 'Kiên Giang test', 'VIEWER', organizer_id from app_user where username = 'kiengiang'""");
        long victim = userId("kg.victim");
        long version = version(victim);
        mvc.perform(post("/admin/users/{id}", victim)
                        .with(csrf())
                        .with(Users.as(jdbc, "admin"))
                        .param("fullName", "Taken over")
                        .param("role", "PROVINCE_ADMIN")
                        .param("version", String.valueOf(version)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/users/{id}/disable", victim)
                        .with(csrf())
                        .with(Users.as(jdbc, "admin"))
                        .param("version", String.valueOf(version)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/users/{id}/password", victim)
                        .with(csrf())
                        .with(Users.as(jdbc, "admin"))
                        .param("password", "Chiem-quyen-1")
                        .param("passwordConfirmation", "Chiem-quyen-1")
                        .param("version", String.valueOf(version)))
                .andExpect(status().isNotFound());
        Map<String, Object> row =
                jdbc.queryForMap("select full_name, role, enabled, version from app_user where id = ?", victim);
        assertThat(row)
                .containsEntry("full_name", "Kiên Giang test")
                .containsEntry("role", "VIEWER")
                .containsEntry("enabled", true)
                .containsEntry("version", version);
        // Kiên Giang's own administrator does see it.
        mvc.perform(get("/admin/users/{id}", victim).with(Users.as(jdbc, "kiengiang")))
                .andExpect(status().isOk());
    }

    @Test
    void createdUserGetsAHashedPasswordMustReplaceItAndIsAuditedWithoutSecrets() throws Exception {
        mvc.perform(post("/admin/users/new")
                        .with(csrf())
                        .with(Users.as(jdbc, "admin"))
                        .param("username", "t.create")
                        .param("fullName", "  Nguyễn Văn Tạo ")
                        .param("email", "tao@example.vn")
                        .param("role", "UNIT_OFFICER")
                        .param("unitId", String.valueOf(unitId("AG", "CM")))
                        .param("password", INITIAL_PASSWORD)
                        .param("passwordConfirmation", INITIAL_PASSWORD))
                .andExpect(status().is3xxRedirection());
        Map<String, Object> row = jdbc.queryForMap("""
                select u.id, u.full_name, u.email, u.role, u.password_hash, u.password_change_required, o.code as organizer, un.code as unit
                from app_user u join organizer o on o.id = u.organizer_id left join unit un on un.id = u.unit_id
                where u.username = 't.create'""");
        assertThat(row)
                .containsEntry("full_name", "Nguyễn Văn Tạo")
                .containsEntry("email", "tao@example.vn")
                .containsEntry("role", "UNIT_OFFICER")
                .containsEntry("organizer", "AG")
                .containsEntry("unit", "CM")
                .containsEntry("password_change_required", true);
        assertThat((String) row.get("password_hash")).startsWith("{bcrypt}").doesNotContain(INITIAL_PASSWORD);

        String audit = jdbc.queryForObject("""
                select string_agg(coalesce(old_value::text, '') || coalesce(new_value::text, '') || coalesce(summary, ''), ' ')
                from audit_event where entity_type = 'User' and entity_id = ? and action = 'USER_CREATED' and actor = 'admin'""", String.class, row.get("id"));
        assertThat(audit)
                .contains("t.create", "Ủy ban nhân dân huyện Chợ Mới", "UNIT_OFFICER")
                .doesNotContain("bcrypt", "$2a$", INITIAL_PASSWORD, "password");
    }

    @Test
    void createFormRefusesBadInputAndKeepsWhatWasTyped() throws Exception {
        // A user name taken by another account, whatever its case.
        mvc.perform(newUser(
                        "ADMIN", "Trùng Tên", "trung@example.vn", "PROVINCE_REVIEWER", null, "12345678", "12345678"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Tên đăng nhập ADMIN đã được sử dụng"),
                                kept("Trùng Tên"),
                                kept("trung@example.vn"))));
        // A unit officer without a unit.
        mvc.perform(newUser("t.nounit", "Không Đơn Vị", "", "UNIT_OFFICER", null, "12345678", "12345678"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Vai trò này cần chọn đơn vị."),
                                kept("t.nounit"),
                                kept("Không Đơn Vị"))));
        // A reviewer tied to a unit.
        mvc.perform(newUser(
                        "t.unitreviewer",
                        "Thẩm Định",
                        "",
                        "PROVINCE_REVIEWER",
                        unitId("AG", "AP"),
                        "12345678",
                        "12345678"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vai trò này không gắn với đơn vị")));
        // A unit of another organiser.
        mvc.perform(newUser("t.kgunit", "Đơn Vị Lạ", "", "UNIT_OFFICER", unitId("KG", "HT"), "12345678", "12345678"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Đơn vị không thuộc phạm vi quản lý hoặc đã ngừng hoạt động.")));
        // A bad e-mail, a bad user name, a short password and a confirmation that does not match.
        mvc.perform(newUser("a b", "Sai Hết", "not-an-email", "UNIT_OFFICER", unitId("AG", "AP"), "short", "other"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Địa chỉ thư điện tử không hợp lệ."),
                                containsString("Tên đăng nhập gồm 3 đến 60 ký tự"),
                                containsString("Mật khẩu phải có ít nhất 8 ký tự."),
                                containsString("Mật khẩu nhập lại không khớp."),
                                kept("not-an-email"),
                                kept("Sai Hết"),
                                not(containsString("value=\"short\"")))));
        mvc.perform(newUser("t.mismatch", "Khác Nhau", "", "VIEWER", null, "12345678", "87654321"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mật khẩu nhập lại không khớp.")));
        assertThat(jdbc.queryForObject("""
                select count(*) from app_user where username in ('t.nounit', 't.unitreviewer', 't.kgunit', 'a b', 't.mismatch')
                   or full_name = 'Trùng Tên'""", Integer.class)).isZero();
    }

    @Test
    void editChangesRoleAndUnitAndRecordsBeforeAndAfter() throws Exception {
        long id = createUser("t.edit", "UNIT_OFFICER", "AP");
        mvc.perform(post("/admin/users/{id}", id)
                        .with(csrf())
                        .with(Users.as(jdbc, "admin"))
                        .param("fullName", "Người Đã Sửa")
                        .param("email", "sua@example.vn")
                        .param("role", "CLUSTER_HEAD")
                        .param("unitId", String.valueOf(unitId("AG", "CT")))
                        .param("version", String.valueOf(version(id))))
                .andExpect(redirectedUrl("/admin/users/" + id));
        assertThat(jdbc.queryForMap("select full_name, role, unit_id from app_user where id = ?", id))
                .containsEntry("full_name", "Người Đã Sửa")
                .containsEntry("role", "CLUSTER_HEAD")
                .containsEntry("unit_id", unitId("AG", "CT"));
        Map<String, Object> audit = jdbc.queryForMap("""
                select old_value->>'role' as old_role, new_value->>'role' as new_role, new_value->>'unit' as new_unit
                from audit_event where entity_type = 'User' and entity_id = ? and action = 'USER_UPDATED'""", id);
        assertThat(audit)
                .containsEntry("old_role", "UNIT_OFFICER")
                .containsEntry("new_role", "CLUSTER_HEAD")
                .containsEntry("new_unit", "Ủy ban nhân dân huyện Châu Thành");

        // The edit page shows that history with the change highlighted and the role named in Vietnamese.
        mvc.perform(get("/admin/users/{id}", id).with(Users.as(jdbc, "admin")))
                .andExpect(content()
                        .string(allOf(
                                containsString("Sửa tài khoản"),
                                containsString("audit-changed"),
                                containsString("Cán bộ đơn vị"),
                                containsString("Đại diện đơn vị cụm trưởng"))));
    }

    @Test
    void editOnAStaleVersionIsAConflictThatKeepsTheInput() throws Exception {
        long id = createUser("t.stale", "VIEWER", null);
        long stale = version(id);
        mvc.perform(post("/admin/users/{id}", id)
                        .with(csrf())
                        .with(Users.as(jdbc, "admin"))
                        .param("fullName", "Lần Một")
                        .param("role", "VIEWER")
                        .param("version", String.valueOf(stale)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/users/{id}", id)
                        .with(csrf())
                        .with(Users.as(jdbc, "admin"))
                        .param("fullName", "Lần Hai Cũ")
                        .param("role", "VIEWER")
                        .param("version", String.valueOf(stale)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(containsString("Dữ liệu vừa được người khác thay đổi"), kept("Lần Hai Cũ"))));
        assertThat(jdbc.queryForObject("select full_name from app_user where id = ?", String.class, id))
                .isEqualTo("Lần Một");
        // Buttons on a stale page are refused too.
        mvc.perform(post("/admin/users/{id}/disable", id)
                        .with(csrf())
                        .with(Users.as(jdbc, "admin"))
                        .param("version", String.valueOf(stale)))
                .andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("select enabled from app_user where id = ?", Boolean.class, id))
                .isTrue();
    }

    @Test
    void editRefusesBadInputAndKeepsIt() throws Exception {
        long id = createUser("t.editbad", "UNIT_OFFICER", "AP");
        mvc.perform(post("/admin/users/{id}", id)
                        .with(csrf())
                        .with(Users.as(jdbc, "admin"))
                        .param("fullName", "")
                        .param("email", "x@y")
                        .param("role", "UNIT_OFFICER")
                        .param("unitId", "")
                        .param("version", String.valueOf(version(id))))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Vui lòng nhập họ và tên."),
                                containsString("Địa chỉ thư điện tử không hợp lệ."),
                                containsString("Vai trò này cần chọn đơn vị."),
                                kept("x@y"))));
    }

    @Test
    void anAdministratorCannotDisableThemselvesNorChangeTheirOwnRole() throws Exception {
        long admin = userId("admin");
        mvc.perform(post("/admin/users/{id}/disable", admin)
                        .with(csrf())
                        .with(Users.as(jdbc, "admin"))
                        .param("version", String.valueOf(version(admin))))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Bạn không thể tự vô hiệu hóa tài khoản của mình.")));
        mvc.perform(post("/admin/users/{id}", admin)
                        .with(csrf())
                        .with(Users.as(jdbc, "admin"))
                        .param("fullName", "Ban Thi đua - Khen thưởng tỉnh An Giang")
                        .param("email", "admin@thidua.example")
                        .param("role", "VIEWER")
                        .param("version", String.valueOf(version(admin))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bạn không thể tự thay đổi vai trò của mình.")));
        assertThat(jdbc.queryForMap("select enabled, role from app_user where id = ?", admin))
                .containsEntry("enabled", true)
                .containsEntry("role", "PROVINCE_ADMIN");
    }

    @Test
    void aDisabledUserCannotSignInUntilEnabledAgain() throws Exception {
        long id = createActiveUser("t.disabled", "UNIT_OFFICER", "PT");
        assertThat(signIn("t.disabled", INITIAL_PASSWORD)).isNotNull();

        mvc.perform(post("/admin/users/{id}/disable", id)
                        .with(csrf())
                        .with(Users.as(jdbc, "admin"))
                        .param("version", String.valueOf(version(id))))
                .andExpect(redirectedUrl("/admin/users/" + id));
        mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin(
                                "/login")
                        .user("t.disabled")
                        .password(INITIAL_PASSWORD))
                .andExpect(redirectedUrl("/login?error=disabled"));
        mvc.perform(get("/admin/users").param("q", "t.disabled").with(Users.as(jdbc, "admin")))
                .andExpect(content().string(containsString("Đã vô hiệu hóa")));

        mvc.perform(post("/admin/users/{id}/enable", id)
                        .with(csrf())
                        .with(Users.as(jdbc, "admin"))
                        .param("version", String.valueOf(version(id))))
                .andExpect(redirectedUrl("/admin/users/" + id));
        assertThat(signIn("t.disabled", INITIAL_PASSWORD)).isNotNull();
        assertThat(jdbc.queryForList(
                        "select action from audit_event where entity_type = 'User' and entity_id = ? order by id",
                        String.class,
                        id))
                .containsSubsequence("USER_CREATED", "USER_DISABLED", "USER_ENABLED");
    }

    @Test
    void disablingOrChangingTheRoleEndsTheSessionAtItsNextRequest() throws Exception {
        long disabled = createActiveUser("t.session1", "UNIT_OFFICER", "PT");
        var session = signIn("t.session1", INITIAL_PASSWORD);
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        mvc.perform(post("/admin/users/{id}/disable", disabled)
                .with(csrf())
                .with(Users.as(jdbc, "admin"))
                .param("version", String.valueOf(version(disabled))));
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?error=disabled"));
        assertThat(session.isInvalid()).isTrue();

        long changed = createActiveUser("t.session2", "UNIT_OFFICER", "PT");
        var other = signIn("t.session2", INITIAL_PASSWORD);
        mvc.perform(get("/").session(other)).andExpect(status().isOk());
        mvc.perform(post("/admin/users/{id}", changed)
                .with(csrf())
                .with(Users.as(jdbc, "admin"))
                .param("fullName", "Đổi Đơn Vị")
                .param("role", "UNIT_OFFICER")
                .param("unitId", String.valueOf(unitId("AG", "CP")))
                .param("version", String.valueOf(version(changed))));
        mvc.perform(get("/").session(other)).andExpect(redirectedUrl("/login?error=changed"));
        mvc.perform(get("/login").param("error", "changed"))
                .andExpect(content().string(containsString("Tài khoản của bạn vừa được thay đổi")));
        // Signing in again gives the new unit.
        var again = signIn("t.session2", INITIAL_PASSWORD);
        mvc.perform(get("/").session(again)).andExpect(content().string(containsString("Châu Phú")));
    }

    @Test
    void resetPasswordLetsTheUserSignInWithTheNewOneOnlyAndUnlocksTheAccount() throws Exception {
        long id = createActiveUser("t.reset", "UNIT_OFFICER", "TT");
        var oldSession = signIn("t.reset", INITIAL_PASSWORD);
        for (int i = 0; i < LoginAttempts.ACCOUNT.freeFailures(); i++) {
            signIn("t.reset", "wrong-password");
        }
        assertThat(signIn("t.reset", INITIAL_PASSWORD)).isNull();
        mvc.perform(get("/admin/users").param("q", "t.reset").with(Users.as(jdbc, "admin")))
                .andExpect(content().string(containsString("Tạm khóa")));

        mvc.perform(post("/admin/users/{id}/password", id)
                        .with(csrf())
                        .with(Users.as(jdbc, "admin"))
                        .param("password", "Tam-thoi-99")
                        .param("passwordConfirmation", "Tam-thoi-98")
                        .param("version", String.valueOf(version(id))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mật khẩu nhập lại không khớp.")));
        mvc.perform(post("/admin/users/{id}/password", id)
                        .with(csrf())
                        .with(Users.as(jdbc, "admin"))
                        .param("password", "Tam-thoi-99")
                        .param("passwordConfirmation", "Tam-thoi-99")
                        .param("version", String.valueOf(version(id))))
                .andExpect(redirectedUrl("/admin/users/" + id));

        assertThat(signIn("t.reset", INITIAL_PASSWORD)).isNull();
        var session = signIn("t.reset", "Tam-thoi-99");
        assertThat(session).isNotNull();
        // The temporary password must be replaced before anything else.
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/account/password").session(session))
                .andExpect(content().string(containsString("Mật khẩu của bạn do quản trị viên đặt")));
        // The session opened before the reset has ended.
        mvc.perform(get("/").session(oldSession)).andExpect(redirectedUrl("/login?error=changed"));

        String audit = jdbc.queryForObject("""
                select coalesce(old_value::text, '') || coalesce(new_value::text, '') from audit_event
                where entity_type = 'User' and entity_id = ? and action = 'USER_PASSWORD_RESET'""", String.class, id);
        assertThat(audit).contains("LOCKED", "ACTIVE").doesNotContain("Tam-thoi-99", "bcrypt", "$2a$");
    }

    @Test
    void aLockedUserIsUnlockedByEnabling() throws Exception {
        long id = createActiveUser("t.unlock", "VIEWER", null);
        for (int i = 0; i < LoginAttempts.ACCOUNT.freeFailures(); i++) {
            signIn("t.unlock", "wrong-password");
        }
        mvc.perform(get("/admin/users/{id}", id).with(Users.as(jdbc, "admin")))
                .andExpect(content()
                        .string(allOf(
                                containsString("Tạm khóa do đăng nhập sai nhiều lần"), containsString("Mở khóa"))));
        mvc.perform(post("/admin/users/{id}/enable", id)
                        .with(csrf())
                        .with(Users.as(jdbc, "admin"))
                        .param("version", String.valueOf(version(id))))
                .andExpect(status().is3xxRedirection());
        assertThat(signIn("t.unlock", INITIAL_PASSWORD)).isNotNull();
    }

    @Test
    void anAdministratorResetsOnlyOtherPeoplesPasswords() throws Exception {
        long admin = userId("admin");
        mvc.perform(post("/admin/users/{id}/password", admin)
                        .with(csrf())
                        .with(Users.as(jdbc, "admin"))
                        .param("password", "Doi-cua-toi-1")
                        .param("passwordConfirmation", "Doi-cua-toi-1")
                        .param("version", String.valueOf(version(admin))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bạn đổi mật khẩu của chính mình ở trang Đổi mật khẩu.")));
        assertThat(signIn("admin", "thidua2026")).isNotNull();
    }

    private org.springframework.test.web.servlet.RequestBuilder newUser(
            String username,
            String fullName,
            String email,
            String role,
            Long unitId,
            String password,
            String confirmation) {
        var request = post("/admin/users/new")
                .with(csrf())
                .with(Users.as(jdbc, "admin"))
                .param("username", username)
                .param("fullName", fullName)
                .param("email", email)
                .param("role", role)
                .param("password", password)
                .param("passwordConfirmation", confirmation);
        if (unitId != null) {
            request.param("unitId", String.valueOf(unitId));
        }
        return request;
    }

    /** A form field that came back with what was typed (Spring escapes accented letters as HTML entities). */
    static org.hamcrest.Matcher<String> kept(String value) {
        return containsString("value=\"" + HtmlUtils.htmlEscape(value) + "\"");
    }

    private void signInAs(String username) {
        CurrentUser user = Users.principal(jdbc, username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}

package vn.thidua.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.MatcherAssert;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;
import org.unbescape.html.HtmlEscape;
import vn.thidua.support.Users;

/** The cluster pages in every role, and their forms. */
class ClusterPagesTest extends ClusterFixtures {

    /** The page as a reader sees it: character references resolved. */
    static ResultMatcher html(Matcher<? super String> matcher) {
        return result -> MatcherAssert.assertThat(
                "Response content", HtmlEscape.unescapeHtml(result.getResponse().getContentAsString()), matcher);
    }

    /** A ticked checkbox (or selected radio button) of the given value. */
    static Matcher<String> checked(Object value) {
        String regex = "value=\"" + value + "\"[^>]*checked=\"checked\"";
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(String text) {
                return java.util.regex.Pattern.compile(regex).matcher(text).find();
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("an input matching ").appendValue(regex);
            }
        };
    }

    private long clusterId(String organizerCode, String clusterCode) {
        return idOf(
                "select c.id from cluster c join organizer o on o.id = c.organizer_id where o.code = ? and c.code = ?",
                organizerCode,
                clusterCode);
    }

    // ----- access per role -----

    @Test
    void administratorsSeeTheListWithTheWorkingYearsHeadAndMayCreate() throws Exception {
        mvc.perform(get("/admin/clusters").param("q", "cum2").with(Users.as(jdbc, "admin")))
                .andExpect(status().isOk())
                .andExpect(html(allOf(
                        containsString("Cụm thi đua số 2"),
                        containsString("Cụm trưởng năm 2021"),
                        containsString("Châu Thành"),
                        containsString("href=\"/admin/clusters/new\""))));
        mvc.perform(get("/admin/clusters").param("q", "cum3").with(Users.as(jdbc, "admin")))
                .andExpect(status().isOk())
                .andExpect(html(containsString("Không có kết quả phù hợp.")));
    }

    @Test
    void reviewersReadTheClusterPagesWithoutChangingAnything() throws Exception {
        long cum2 = clusterId("AG", "CUM2");
        mvc.perform(get("/admin/clusters").param("q", "cum2").with(Users.as(jdbc, "thamdinh")))
                .andExpect(status().isOk())
                .andExpect(html(containsString("Cụm thi đua số 2")))
                .andExpect(html(not(containsString("href=\"/admin/clusters/new\""))));
        mvc.perform(get("/admin/clusters/" + cum2).with(Users.as(jdbc, "thamdinh")))
                .andExpect(status().isOk())
                .andExpect(html(not(containsString("data-testid=\"cluster-edit\""))));
        mvc.perform(get("/admin/clusters/" + cum2 + "/years/2021").with(Users.as(jdbc, "thamdinh")))
                .andExpect(status().isOk())
                .andExpect(html(containsString("Châu Thành")))
                .andExpect(html(not(containsString("data-testid=\"leaders-form\""))))
                .andExpect(html(not(containsString("data-testid=\"start-next-year\""))));

        mvc.perform(get("/admin/clusters/new").with(Users.as(jdbc, "thamdinh"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/clusters/" + cum2 + "/edit").with(Users.as(jdbc, "thamdinh")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/clusters/new")
                        .with(Users.as(jdbc, "thamdinh"))
                        .with(csrf())
                        .param("code", uniqueCode("rev"))
                        .param("name", "Không được")
                        .param("kind", "CLUSTER"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/clusters/" + cum2 + "/years/2021/members/remove")
                        .with(Users.as(jdbc, "thamdinh"))
                        .with(csrf())
                        .param("unitId", String.valueOf(unitId("AG", "TT")))
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/clusters/" + cum2 + "/years/2021/next").with(Users.as(jdbc, "thamdinh")))
                .andExpect(status().isForbidden());
        assertThat(count("select count(*) from cluster_member where term_id = ?", termId("AG", "CUM2", 2021)))
                .isEqualTo(6);
    }

    @Test
    void unitOfficersAreRefusedTheAdministrationPages() throws Exception {
        long cum2 = clusterId("AG", "CUM2");
        for (String path : new String[] {
            "/admin/clusters",
            "/admin/clusters/" + cum2,
            "/admin/clusters/" + cum2 + "/years/2021",
            "/admin/clusters/new",
            "/admin/working-year"
        }) {
            mvc.perform(get(path).with(Users.as(jdbc, "anphu"))).andExpect(status().isForbidden());
            mvc.perform(get(path).with(Users.as(jdbc, "cumtruong2"))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/admin/clusters/" + cum2 + "/years/2021/leaders")
                        .with(Users.as(jdbc, "cumtruong2"))
                        .with(csrf())
                        .param("headUnitId", String.valueOf(unitId("AG", "AP")))
                        .param("version", "0"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anotherProvincesAdministratorGetsNotFound() throws Exception {
        long cum2 = clusterId("AG", "CUM2");
        long cum3 = clusterId("KG", "CUM3");
        mvc.perform(get("/admin/clusters/" + cum3).with(Users.as(jdbc, "admin")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/clusters/" + cum3 + "/years/2021").with(Users.as(jdbc, "admin")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/clusters/" + cum3 + "/edit").with(Users.as(jdbc, "admin")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/clusters/" + cum2).with(Users.as(jdbc, "kiengiang")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/clusters/" + cum2 + "/years/2021/members/remove")
                        .with(Users.as(jdbc, "kiengiang"))
                        .with(csrf())
                        .param("unitId", String.valueOf(unitId("AG", "TT")))
                        .param("version", "0"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/clusters/" + clusterId("TW", "TNB")).with(Users.as(jdbc, "kiengiang")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theCentralCouncilAdministratorManagesTheSouthwestCluster() throws Exception {
        long tnb = clusterId("TW", "TNB");
        mvc.perform(get("/admin/clusters").param("q", "tay nam bo").with(Users.as(jdbc, "trunguong")))
                .andExpect(status().isOk())
                .andExpect(html(containsString("Cụm thi đua các tỉnh Tây Nam Bộ")));
        mvc.perform(get("/admin/clusters").param("q", "cum2").with(Users.as(jdbc, "trunguong")))
                .andExpect(html(containsString("Không có kết quả phù hợp.")));
        mvc.perform(get("/admin/clusters/" + tnb).with(Users.as(jdbc, "trunguong")))
                .andExpect(status().isOk())
                .andExpect(html(allOf(
                        containsString("Hậu Giang"),
                        containsString("Kiên Giang"),
                        containsString("Đồng Tháp"),
                        containsString("data-testid=\"cluster-edit\""))));
        mvc.perform(get("/admin/clusters/" + tnb + "/years/2021").with(Users.as(jdbc, "trunguong")))
                .andExpect(status().isOk())
                .andExpect(html(containsString("data-testid=\"leaders-form\"")));
    }

    @Test
    void unitOfficersSeeTheirUnitsClusters() throws Exception {
        mvc.perform(get("/my/clusters").with(Users.as(jdbc, "anphu")))
                .andExpect(status().isOk())
                .andExpect(html(allOf(
                        containsString("Cụm thi đua số 2"),
                        containsString("Châu Thành"),
                        containsString("Chợ Mới"),
                        containsString("Thành viên"))))
                .andExpect(html(not(containsString("Khối các sở, ngành kinh tế"))));
        mvc.perform(get("/my/clusters/" + termId("AG", "CUM2", 2021)).with(Users.as(jdbc, "anphu")))
                .andExpect(status().isOk())
                .andExpect(html(allOf(
                        containsString("Tri Tôn"),
                        containsString("Cụm trưởng"),
                        containsString(">Chấm điểm</span>"),
                        not(containsString(">Ký kết giao ước</span>")))));
    }

    @Test
    void aClusterTheUnitIsNotInIsNotFound() throws Exception {
        mvc.perform(get("/my/clusters/" + termId("KG", "CUM3", 2021)).with(Users.as(jdbc, "anphu")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/my/clusters/" + termId("AG", "KHOIKT", 2021)).with(Users.as(jdbc, "anphu")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/my/clusters/" + termId("AG", "CUM2", 2021)).with(Users.as(jdbc, "kienhai")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/my/clusters/999999999").with(Users.as(jdbc, "anphu"))).andExpect(status().isNotFound());
    }

    @Test
    void theHeadsMenuLeadsToTheClusterTheyHeadThisYear() throws Exception {
        long cum2021 = termId("AG", "CUM2", 2021);
        mvc.perform(get("/my/clusters").with(Users.as(jdbc, "cumtruong2")))
                .andExpect(status().isOk())
                .andExpect(html(containsString("href=\"/my/clusters/" + cum2021 + "\"")));
        mvc.perform(get("/my/clusters/" + cum2021).with(Users.as(jdbc, "cumtruong2")))
                .andExpect(status().isOk())
                .andExpect(html(containsString("Vai trò của đơn vị")));
    }

    @Test
    void staffOpeningTheirOwnClustersAreSentToTheAdministration() throws Exception {
        mvc.perform(get("/my/clusters").with(Users.as(jdbc, "admin"))).andExpect(redirectedUrl("/admin/clusters"));
        mvc.perform(get("/my/clusters").with(Users.as(jdbc, "thamdinh"))).andExpect(redirectedUrl("/admin/clusters"));
    }

    // ----- list -----

    @Test
    void theListSearchesIgnoringAccentsAndShowsAnEmptyState() throws Exception {
        mvc.perform(get("/admin/clusters").param("q", "KHOI cac SO").with(Users.as(jdbc, "admin")))
                .andExpect(html(containsString("Khối các sở, ngành kinh tế")))
                .andExpect(html(not(containsString("Cụm thi đua số 2"))));
        mvc.perform(get("/admin/clusters")
                        .param("q", "khoikt")
                        .param("kind", "BLOC")
                        .with(Users.as(jdbc, "admin")))
                .andExpect(html(containsString("Khối các sở, ngành kinh tế")))
                .andExpect(html(not(containsString("Cụm thi đua số 2"))));
        mvc.perform(get("/admin/clusters")
                        .param("q", "không có cụm nào như thế")
                        .with(Users.as(jdbc, "admin")))
                .andExpect(status().isOk())
                .andExpect(html(containsString("Không có kết quả phù hợp.")));
        mvc.perform(get("/admin/clusters")
                        .param("q", "cum2")
                        .param("kind", "NONSENSE")
                        .param("sort", "hacked,desc")
                        .param("size", "100000")
                        .with(Users.as(jdbc, "admin")))
                .andExpect(status().isOk())
                .andExpect(html(containsString("Cụm thi đua số 2")));
    }

    @Test
    void theListSortsByTheChosenColumn() throws Exception {
        newCluster("AG", "Cụm sắp xếp Ấp Một");
        newCluster("AG", "Cụm sắp xếp Bến Hai");
        String descending = mvc.perform(get("/admin/clusters")
                        .param("q", "sap xep")
                        .param("sort", "name,desc")
                        .with(Users.as(jdbc, "admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(descending.indexOf("Bến Hai")).isPositive().isLessThan(descending.indexOf("Ấp Một"));
        assertThat(descending).contains("▼");
        String ascending = mvc.perform(get("/admin/clusters")
                        .param("q", "sap xep")
                        .param("sort", "name,asc")
                        .with(Users.as(jdbc, "admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(ascending.indexOf("Ấp Một")).isPositive().isLessThan(ascending.indexOf("Bến Hai"));
    }

    @Test
    void anOrganiserWithoutClustersSeesAnInvitationToCreateOne() throws Exception {
        long organizer = idOf(
                "insert into organizer (code, name, kind, working_year) values (?, 'Hội đồng trống', 'PROVINCE', 2021) returning id",
                uniqueCode("EMPTY"));
        String username = uniqueCode("empty").toLowerCase();
        jdbc.update("""
                insert into app_user (username, password_hash, full_name, role, organizer_id)
                select ?, password_hash, 'Quản trị trống', 'PROVINCE_ADMIN', ? from app_user where username = 'admin'""", username, organizer);
        mvc.perform(get("/admin/clusters").with(Users.as(jdbc, username)))
                .andExpect(status().isOk())
                .andExpect(html(containsString("Chưa có cụm, khối thi đua nào.")));
    }

    // ----- create and edit -----

    @Test
    void creatingAClusterLeadsToItsPage() throws Exception {
        String code = uniqueCode("web");
        MvcResult result = mvc.perform(post("/admin/clusters/new")
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf())
                        .param("code", code)
                        .param("name", "Cụm thi đua số 9")
                        .param("kind", "CLUSTER")
                        .param("description", "Thử"))
                .andExpect(redirectedUrlPattern("/admin/clusters/*"))
                .andExpect(flash().attributeExists("flash"))
                .andReturn();
        mvc.perform(get(result.getResponse().getRedirectedUrl()).with(Users.as(jdbc, "admin")))
                .andExpect(html(allOf(
                        containsString("Cụm thi đua số 9"),
                        containsString("Cụm chưa được thiết lập cho năm 2021."),
                        containsString("data-testid=\"create-term\""))));
    }

    @Test
    void formErrorsKeepTheValuesTyped() throws Exception {
        mvc.perform(post("/admin/clusters/new")
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf())
                        .param("code", "GIU-LAI")
                        .param("name", " ")
                        .param("kind", "BLOC")
                        .param("description", "Mô tả giữ lại"))
                .andExpect(status().isOk())
                .andExpect(html(allOf(
                        containsString("Vui lòng nhập tên cụm, khối."),
                        containsString("value=\"GIU-LAI\""),
                        containsString("Mô tả giữ lại"),
                        checked("BLOC"))));
        mvc.perform(post("/admin/clusters/new")
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf())
                        .param("code", "")
                        .param("name", "Tên giữ lại")
                        .param("kind", "WRONG"))
                .andExpect(status().isOk())
                .andExpect(html(allOf(
                        containsString("Vui lòng nhập mã."),
                        containsString("Loại không hợp lệ."),
                        containsString("value=\"Tên giữ lại\""))));
        assertThat(count("select count(*) from cluster where code = 'GIU-LAI'")).isZero();
    }

    @Test
    void aTakenCodeIsReportedOnTheCodeField() throws Exception {
        mvc.perform(post("/admin/clusters/new")
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf())
                        .param("code", "cum2")
                        .param("name", "Cụm trùng mã")
                        .param("kind", "CLUSTER"))
                .andExpect(status().isOk())
                .andExpect(html(allOf(
                        containsString("Mã cum2 đã được dùng cho một cụm, khối khác."),
                        containsString("value=\"Cụm trùng mã\""))));
    }

    @Test
    void editingWithAStaleVersionShowsTheConflictKeepsTheInputAndShowsWhatIsStored() throws Exception {
        long cluster = newCluster("AG", "Tên ban đầu");
        String code = jdbc.queryForObject("select code from cluster where id = ?", String.class, cluster);
        mvc.perform(get("/admin/clusters/" + cluster + "/edit").with(Users.as(jdbc, "admin")))
                .andExpect(status().isOk())
                .andExpect(html(allOf(
                        containsString("value=\"Tên ban đầu\""), containsString("name=\"version\" value=\"0\""))));
        mvc.perform(post("/admin/clusters/" + cluster + "/edit")
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf())
                        .param("code", code)
                        .param("name", "Người khác sửa")
                        .param("kind", "CLUSTER")
                        .param("version", "0"))
                .andExpect(redirectedUrl("/admin/clusters/" + cluster));

        mvc.perform(post("/admin/clusters/" + cluster + "/edit")
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf())
                        .param("code", code)
                        .param("name", "Tôi sửa sau")
                        .param("kind", "BLOC")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(html(allOf(
                        containsString("Dữ liệu vừa được người khác thay đổi"),
                        containsString("value=\"Tôi sửa sau\""),
                        containsString("Người khác sửa"),
                        containsString("name=\"version\" value=\"1\""))));
        assertThat(jdbc.queryForObject("select name from cluster where id = ?", String.class, cluster))
                .isEqualTo("Người khác sửa");
    }

    // ----- cluster page and years -----

    @Test
    void theClusterPageShowsTheHistoryOfHeadsNewestFirst() throws Exception {
        String body = mvc.perform(
                        get("/admin/clusters/" + clusterId("AG", "CUM2")).with(Users.as(jdbc, "admin")))
                .andExpect(status().isOk())
                .andExpect(html(allOf(
                        containsString("Lịch sử cụm trưởng, cụm phó qua các năm"),
                        containsString("<option value=\"2021\" selected=\"selected\">2021 (năm làm việc)</option>"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String history = body.substring(body.indexOf("data-testid=\"history-table\""));
        assertThat(history.indexOf(">2021<")).isLessThan(history.indexOf(">2020<"));
        assertThat(history).contains("An Phú").contains("Châu Thành");
    }

    @Test
    void aMissingYearCanBeSetUpFromTheClusterPage() throws Exception {
        long cluster = newCluster("AG", "Cụm thiết lập năm");
        mvc.perform(post("/admin/clusters/" + cluster + "/years")
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf())
                        .param("year", "2021"))
                .andExpect(redirectedUrl("/admin/clusters/" + cluster + "/years/2021"));
        assertThat(count("select count(*) from cluster_term where cluster_id = ? and year = 2021", cluster))
                .isEqualTo(1);
        mvc.perform(post("/admin/clusters/" + cluster + "/years")
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf())
                        .param("year", "2021"))
                .andExpect(redirectedUrl("/admin/clusters/" + cluster + "?year=2021"))
                .andExpect(flash().attributeExists("flash"));
        mvc.perform(get("/admin/clusters/" + cluster + "/years/2030").with(Users.as(jdbc, "admin")))
                .andExpect(redirectedUrl("/admin/clusters/" + cluster + "?year=2030"));
        mvc.perform(get("/admin/clusters/" + cluster)
                        .param("year", "không phải năm")
                        .with(Users.as(jdbc, "admin")))
                .andExpect(status().isOk());
    }

    @Test
    void membersAreAddedAndRemovedFromTheYearsPage() throws Exception {
        long cluster = newCluster("AG", "Cụm trang năm");
        long term = newTerm(cluster, 2021, "SET_UP");
        long a = newUnit("AG", "Xã Trang Một");
        long b = newUnit("AG", "Xã Trang Hai");
        String page = "/admin/clusters/" + cluster + "/years/2021";
        mvc.perform(get(page).with(Users.as(jdbc, "admin")))
                .andExpect(html(allOf(
                        containsString("Xã Trang Một"),
                        containsString("data-testid=\"add-members-form\""),
                        containsString("Chưa có đơn vị thành viên."))));

        mvc.perform(post(page + "/members")
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf())
                        .param("unitIds", String.valueOf(a), String.valueOf(b))
                        .param("version", String.valueOf(termVersion(term))))
                .andExpect(redirectedUrl(page));
        assertThat(count("select count(*) from cluster_member where term_id = ?", term))
                .isEqualTo(2);

        mvc.perform(post(page + "/members/remove")
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf())
                        .param("unitId", String.valueOf(b))
                        .param("version", String.valueOf(termVersion(term))))
                .andExpect(redirectedUrl(page));
        assertThat(count("select count(*) from cluster_member where term_id = ?", term))
                .isEqualTo(1);
        mvc.perform(get(page).with(Users.as(jdbc, "admin")))
                .andExpect(html(containsString("data-confirm=\"Bỏ Xã Trang Một khỏi danh sách thành viên năm này?\"")));
    }

    @Test
    void addingNothingOrWithAStaleVersionComesBackWithAMessage() throws Exception {
        long cluster = newCluster("AG", "Cụm thêm lỗi");
        long term = newTerm(cluster, 2021, "SET_UP");
        long a = newUnit("AG", "Xã Được Chọn");
        String page = "/admin/clusters/" + cluster + "/years/2021";
        mvc.perform(post(page + "/members")
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf())
                        .param("version", String.valueOf(termVersion(term))))
                .andExpect(status().isOk())
                .andExpect(html(containsString("Vui lòng chọn ít nhất một đơn vị để thêm.")));
        mvc.perform(post(page + "/members")
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf())
                        .param("unitIds", String.valueOf(a))
                        .param("version", String.valueOf(termVersion(term) + 7)))
                .andExpect(status().isOk())
                .andExpect(html(allOf(containsString("Dữ liệu vừa được người khác thay đổi"), checked(a))));
        assertThat(count("select count(*) from cluster_member where term_id = ?", term))
                .isZero();
    }

    @Test
    void leaderRulesShowClearMessagesAndKeepTheChoice() throws Exception {
        long cluster = newCluster("AG", "Cụm phân công");
        long term = newTerm(cluster, 2021, "SET_UP");
        long a = newUnit("AG", "Xã Ứng Viên A");
        long b = newUnit("AG", "Xã Ứng Viên B");
        long c = newUnit("AG", "Xã Ứng Viên C");
        long d = newUnit("AG", "Xã Ứng Viên D");
        for (long unit : new long[] {a, b, c, d}) {
            addMember(term, unit, "MEMBER");
        }
        String page = "/admin/clusters/" + cluster + "/years/2021";
        String version = String.valueOf(termVersion(term));

        mvc.perform(post(page + "/leaders")
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf())
                        .param("version", version)
                        .param("headUnitId", String.valueOf(a))
                        .param("deputyUnitIds", String.valueOf(b), String.valueOf(c), String.valueOf(d)))
                .andExpect(status().isOk())
                .andExpect(html(allOf(containsString("Mỗi năm chỉ có tối đa 2 cụm phó."), checked(d))));
        mvc.perform(post(page + "/leaders")
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf())
                        .param("version", version)
                        .param("headUnitId", String.valueOf(a))
                        .param("deputyUnitIds", String.valueOf(a)))
                .andExpect(html(containsString("Cụm trưởng không thể đồng thời là cụm phó.")));
        mvc.perform(post(page + "/leaders")
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf())
                        .param("version", version)
                        .param("headUnitId", ""))
                .andExpect(html(containsString("Vui lòng chọn cụm trưởng.")));
        mvc.perform(post(page + "/leaders")
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf())
                        .param("version", version)
                        .param("headUnitId", String.valueOf(unitId("AG", "LX"))))
                .andExpect(html(containsString("Cụm trưởng phải là một đơn vị thành viên của cụm trong năm này.")));
        assertThat(count("select count(*) from cluster_member where term_id = ? and role <> 'MEMBER'", term))
                .isZero();

        mvc.perform(post(page + "/leaders")
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf())
                        .param("version", version)
                        .param("headUnitId", String.valueOf(a))
                        .param("deputyUnitIds", String.valueOf(b), String.valueOf(c)))
                .andExpect(redirectedUrl(page));
        assertThat(roleOf(term, a)).isEqualTo("HEAD");
        assertThat(roleOf(term, c)).isEqualTo("DEPUTY");
    }

    @Test
    void aClosedYearIsReadOnly() throws Exception {
        long cluster = newCluster("AG", "Cụm đã khóa sổ");
        long term = newTerm(cluster, 2020, "CLOSED");
        long a = newUnit("AG", "Xã Lưu Trữ");
        addMember(term, a, "HEAD");
        String page = "/admin/clusters/" + cluster + "/years/2020";
        mvc.perform(get(page).with(Users.as(jdbc, "admin")))
                .andExpect(status().isOk())
                .andExpect(html(allOf(
                        containsString("Năm thi đua này đã khóa sổ: chỉ xem, không thể thay đổi."),
                        not(containsString("data-testid=\"leaders-form\"")),
                        not(containsString("data-testid=\"add-members-form\"")),
                        not(containsString("/members/remove")))));
        mvc.perform(post(page + "/members/remove")
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf())
                        .param("unitId", String.valueOf(a))
                        .param("version", String.valueOf(termVersion(term))))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attributeExists("flash"));
        assertThat(count("select count(*) from cluster_member where term_id = ?", term))
                .isEqualTo(1);
    }

    @Test
    void aYearPastItsSetUpSaysWhyItCannotChange() throws Exception {
        long cluster = newCluster("AG", "Cụm đang bình xét");
        newTerm(cluster, 2021, "VOTE");
        mvc.perform(get("/admin/clusters/" + cluster + "/years/2021").with(Users.as(jdbc, "admin")))
                .andExpect(html(allOf(
                        containsString("Năm thi đua đang ở bước \"Bình xét, suy tôn\""),
                        not(containsString("data-testid=\"add-members-form\"")))));
    }

    @Test
    void theNextYearStartsFromAConfirmationWithTheRotationProposed() throws Exception {
        long cluster = newCluster("AG", "Cụm khởi tạo năm sau");
        long term = newTerm(cluster, 2026, "DECIDED");
        long head = newUnitWithCode("AG", uniqueCode("A"), "Xã Trưởng Năm Nay");
        long deputy = newUnitWithCode("AG", uniqueCode("B"), "Xã Phó Sẽ Lên");
        long member = newUnitWithCode("AG", uniqueCode("C"), "Xã Thành Viên Thường");
        addMember(term, head, "HEAD");
        addMember(term, deputy, "DEPUTY");
        addMember(term, member, "MEMBER");
        String page = "/admin/clusters/" + cluster + "/years/2026";

        mvc.perform(get(page + "/next").with(Users.as(jdbc, "admin")))
                .andExpect(status().isOk())
                .andExpect(html(allOf(
                        containsString("khởi tạo năm 2027"),
                        containsString(
                                "value=\"" + deputy + "\" selected=\"selected\">Xã Phó Sẽ Lên (đề xuất)</option>"))));

        mvc.perform(post(page + "/next")
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf())
                        .param("headUnitId", String.valueOf(member))
                        .param("deputyUnitIds", String.valueOf(member)))
                .andExpect(status().isOk())
                .andExpect(html(containsString("Cụm trưởng không thể đồng thời là cụm phó.")));
        assertThat(count("select count(*) from cluster_term where cluster_id = ? and year = 2027", cluster))
                .isZero();

        mvc.perform(post(page + "/next")
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf())
                        .param("headUnitId", String.valueOf(member))
                        .param("deputyUnitIds", String.valueOf(head)))
                .andExpect(redirectedUrl("/admin/clusters/" + cluster + "/years/2027"));
        long next = termIdOf(cluster, 2027);
        assertThat(roleOf(next, member)).isEqualTo("HEAD");
        assertThat(roleOf(next, head)).isEqualTo("DEPUTY");
        assertThat(roleOf(term, head)).isEqualTo("HEAD");

        mvc.perform(get(page).with(Users.as(jdbc, "admin")))
                .andExpect(html(
                        allOf(not(containsString("data-testid=\"start-next-year\"")), containsString("Mở năm 2027"))));
        mvc.perform(get(page + "/next").with(Users.as(jdbc, "admin")))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attributeExists("flash"));
        mvc.perform(post(page + "/next")
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf())
                        .param("headUnitId", String.valueOf(deputy)))
                .andExpect(redirectedUrl(page));
        assertThat(roleOf(next, member)).isEqualTo("HEAD");
    }

    @Test
    void pagesSwitchToEnglish() throws Exception {
        mvc.perform(get("/admin/clusters/" + clusterId("AG", "CUM2"))
                        .param("lang", "en")
                        .with(Users.as(jdbc, "admin")))
                .andExpect(html(allOf(containsString("History of heads and deputies"), containsString("Deputies"))));
    }
}

package vn.thidua.organization.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/** The unit pages: who may open what, forms that keep the user's input, conflicts, retire and merge, history. */
class UnitPagesTest extends IntegrationTest {

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.with(Users.as(jdbc, username)).with(csrf());
    }

    private long createUnit(String code, String name) throws Exception {
        mvc.perform(as("admin", post("/admin/units"))
                        .param("code", code)
                        .param("name", name)
                        .param("shortName", name)
                        .param("level", "COMMUNE")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        return unitId("AG", code);
    }

    /** The page shows every text (compared after HTML unescaping: form values are written with entities). */
    static ResultMatcher shows(String... texts) {
        return result -> assertThat(HtmlUtils.htmlUnescape(result.getResponse().getContentAsString()))
                .contains(texts);
    }

    static ResultMatcher hides(String... texts) {
        return result -> assertThat(HtmlUtils.htmlUnescape(result.getResponse().getContentAsString()))
                .doesNotContain(texts);
    }

    private long version(long unitId) {
        return idOf("select version from unit where id = ?", unitId);
    }

    @Test
    void staffSeeTheListAndAdministratorsSeeTheChangeActions() throws Exception {
        // Searched, because units other tests create may fill the first page.
        mvc.perform(as("admin", get("/admin/units").param("q", "chau thanh")))
                .andExpect(status().isOk())
                .andExpect(shows("Châu Thành", "unit-create-link", "Huyện, thị xã, thành phố"));
        mvc.perform(as("thamdinh", get("/admin/units").param("q", "chau thanh")))
                .andExpect(status().isOk())
                .andExpect(shows("Châu Thành"))
                .andExpect(hides("unit-create-link", "unit-import-link"));
        long chauThanh = unitId("AG", "CT");
        mvc.perform(as("thamdinh", get("/admin/units/" + chauThanh)))
                .andExpect(status().isOk())
                .andExpect(shows("Ủy ban nhân dân huyện Châu Thành"))
                .andExpect(hides("unit-actions"));
    }

    @Test
    void reviewerCannotOpenOrPostAnyChange() throws Exception {
        long unit = unitId("AG", "TS");
        for (String path : new String[] {
            "/admin/units/new",
            "/admin/units/" + unit + "/edit",
            "/admin/units/" + unit + "/retire",
            "/admin/units/" + unit + "/merge",
            "/admin/units/import",
            "/admin/units/import/template.xlsx"
        }) {
            mvc.perform(as("thamdinh", get(path))).andExpect(status().isForbidden());
        }
        mvc.perform(as("thamdinh", post("/admin/units"))
                        .param("code", "PG-REV")
                        .param("name", "X")
                        .param("shortName", "X")
                        .param("level", "COMMUNE"))
                .andExpect(status().isForbidden());
        mvc.perform(as("thamdinh", post("/admin/units/" + unit))
                        .param("code", "TS")
                        .param("name", "X")
                        .param("shortName", "X")
                        .param("level", "COMMUNE")
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(as("thamdinh", post("/admin/units/" + unit + "/retire"))
                        .param("retiredOn", "01/07/2025")
                        .param("reason", "x")
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(as("thamdinh", post("/admin/units/" + unit + "/merge"))
                        .param("successorId", String.valueOf(unitId("AG", "LX")))
                        .param("retiredOn", "01/07/2025")
                        .param("reason", "x")
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/admin/units/import")
                        .file("file", "PG-REV;X;X;Xã\n".getBytes())
                        .with(Users.as(jdbc, "thamdinh"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from unit where code = 'PG-REV'", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("select name from unit where id = ?", String.class, unit))
                .isEqualTo("Ủy ban nhân dân huyện Thoại Sơn");
        assertThat(jdbc.queryForObject("select retired_on is null from unit where id = ?", Boolean.class, unit))
                .isTrue();
    }

    @Test
    void unitOfficersAreForbiddenAndAnonymousUsersAreSentToSignIn() throws Exception {
        mvc.perform(as("anphu", get("/admin/units"))).andExpect(status().isForbidden());
        mvc.perform(as("anphu", get("/admin/units/" + unitId("AG", "AP")))).andExpect(status().isForbidden());
        mvc.perform(as("cumtruong2", get("/admin/units"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/units"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/login")));
    }

    @Test
    void anAdministratorNeverSeesAnotherOrganisersUnits() throws Exception {
        mvc.perform(as("kiengiang", get("/admin/units").param("q", "chau")))
                .andExpect(status().isOk())
                .andExpect(hides("Châu Thành"));
        mvc.perform(as("kiengiang", get("/admin/units")))
                .andExpect(shows("Hà Tiên"))
                .andExpect(hides("Long Xuyên"));
        mvc.perform(as("kiengiang", get("/admin/units/" + unitId("AG", "CT")))).andExpect(status().isNotFound());
        mvc.perform(as("kiengiang", get("/admin/units/" + unitId("AG", "CT") + "/edit")))
                .andExpect(status().isNotFound());
    }

    @Test
    void searchBoxIgnoresAccentsAndCaseAndFiltersByLevel() throws Exception {
        createUnit("PG-DN", "Thành phố Đà Nẵng");
        mvc.perform(as("admin", get("/admin/units").param("q", "chau thanh")))
                .andExpect(shows("Châu Thành"))
                .andExpect(hides("Long Xuyên"));
        mvc.perform(as("admin", get("/admin/units").param("q", "DA NANG"))).andExpect(shows("Thành phố Đà Nẵng"));
        mvc.perform(as("admin", get("/admin/units").param("level", "PROVINCE_DEPARTMENT")))
                .andExpect(shows("Sở Tài chính"))
                .andExpect(hides("Châu Thành"));
        mvc.perform(as("admin", get("/admin/units").param("q", "khong co don vi nay")))
                .andExpect(shows("empty-state", "Không có đơn vị nào phù hợp"));
        mvc.perform(as(
                        "admin",
                        get("/admin/units")
                                .param("sort", "code,desc")
                                .param("sort", "nonsense,asc")
                                .param("size", "5")))
                .andExpect(status().isOk());
    }

    @Test
    void invalidFormComesBackWithMessagesAndTheValuesTyped() throws Exception {
        mvc.perform(as("admin", post("/admin/units"))
                        .param("code", "PG BAD")
                        .param("name", "Tên đã gõ")
                        .param("shortName", "")
                        .param("level", "")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(shows(
                        "value=\"PG BAD\"",
                        "value=\"Tên đã gõ\"",
                        "Mã đơn vị chỉ gồm chữ cái không dấu",
                        "Vui lòng nhập tên viết tắt.",
                        "Vui lòng chọn cấp đơn vị."));
        assertThat(jdbc.queryForObject("select count(*) from unit where code = 'PG BAD'", Integer.class))
                .isZero();
    }

    @Test
    void aCodeAlreadyTakenInAnyCaseIsShownOnTheCodeField() throws Exception {
        mvc.perform(as("admin", post("/admin/units"))
                        .param("code", "ct")
                        .param("name", "Trùng mã")
                        .param("shortName", "Trùng")
                        .param("level", "COMMUNE")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(shows("Mã đơn vị ct đã được dùng", "value=\"Trùng mã\""));
    }

    @Test
    void englishPagesComeFromTheEnglishBundle() throws Exception {
        mvc.perform(as("admin", post("/admin/units"))
                        .param("lang", "en")
                        .param("code", "")
                        .param("name", "x")
                        .param("shortName", "x")
                        .param("level", "COMMUNE")
                        .param("version", "0"))
                .andExpect(shows("Please enter the unit code."));
    }

    @Test
    void createEditAndSeeTheHistory() throws Exception {
        long id = createUnit("PG-EDIT", "Xã Thử Sửa");
        mvc.perform(as("admin", post("/admin/units/" + id))
                        .param("code", "PG-EDIT")
                        .param("name", "Xã Thử Sửa Mới")
                        .param("shortName", "Thử Sửa")
                        .param("level", "DISTRICT")
                        .param("parentId", String.valueOf(unitId("AG", "LX")))
                        .param("version", String.valueOf(version(id))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(as("admin", get("/admin/units/" + id)))
                .andExpect(status().isOk())
                .andExpect(shows(
                        "Xã Thử Sửa Mới",
                        "Ủy ban nhân dân thành phố Long Xuyên",
                        "Thêm mới",
                        "Sửa thông tin",
                        "Xã, phường, đặc khu",
                        "Huyện, thị xã, thành phố",
                        "unit-history"));
    }

    @Test
    void aStaleEditShowsTheConflictAndKeepsTheInput() throws Exception {
        long id = createUnit("PG-LOCK", "Xã Khóa Lạc Quan");
        long seen = version(id);
        mvc.perform(as("admin", post("/admin/units/" + id))
                        .param("code", "PG-LOCK")
                        .param("name", "Bản của người khác")
                        .param("shortName", "Khác")
                        .param("level", "COMMUNE")
                        .param("version", String.valueOf(seen)))
                .andExpect(status().is3xxRedirection());

        MvcResult result = mvc.perform(as("admin", post("/admin/units/" + id))
                        .param("code", "PG-LOCK")
                        .param("name", "Bản của tôi")
                        .param("shortName", "Của tôi")
                        .param("level", "COMMUNE")
                        .param("version", String.valueOf(seen)))
                .andExpect(status().isOk())
                .andExpect(shows(
                        "Dữ liệu vừa được người khác thay đổi",
                        "value=\"Bản của tôi\"",
                        "latest-version",
                        "Bản của người khác"))
                .andReturn();
        assertThat(HtmlUtils.htmlUnescape(result.getResponse().getContentAsString()))
                .contains("name=\"version\" value=\"" + version(id) + "\"");
        assertThat(jdbc.queryForObject("select name from unit where id = ?", String.class, id))
                .isEqualTo("Bản của người khác");
    }

    @Test
    void retireKeepsTheUnitReadableAndRefusesFurtherChanges() throws Exception {
        long id = createUnit("PG-RET", "Xã Sẽ Ngừng");
        mvc.perform(as("admin", post("/admin/units/" + id + "/retire"))
                        .param("retiredOn", "31/13/2025")
                        .param("reason", "Lý do đã gõ")
                        .param("version", String.valueOf(version(id))))
                .andExpect(status().isOk())
                .andExpect(shows("Ngày không hợp lệ", "Lý do đã gõ", "value=\"31/13/2025\""));
        mvc.perform(as("admin", post("/admin/units/" + id + "/retire"))
                        .param("retiredOn", "01/07/2025")
                        .param("reason", "Sắp xếp đơn vị hành chính")
                        .param("version", String.valueOf(version(id))))
                .andExpect(status().is3xxRedirection());

        mvc.perform(as("admin", get("/admin/units/" + id)))
                .andExpect(status().isOk())
                .andExpect(shows("01/07/2025", "Sắp xếp đơn vị hành chính", "unit-retirement"))
                .andExpect(hides("unit-actions"));
        mvc.perform(as("admin", get("/admin/units/" + id + "/edit"))).andExpect(status().is3xxRedirection());
        mvc.perform(as("admin", post("/admin/units/" + id))
                        .param("code", "PG-RET")
                        .param("name", "Đổi tên")
                        .param("shortName", "Đổi")
                        .param("level", "COMMUNE")
                        .param("version", String.valueOf(version(id))))
                .andExpect(status().isOk())
                .andExpect(shows("đã ngừng hoạt động: không thể sửa"));
        mvc.perform(as("admin", post("/admin/units/" + id + "/retire"))
                        .param("retiredOn", "01/08/2025")
                        .param("reason", "Lần hai")
                        .param("version", String.valueOf(version(id))))
                .andExpect(status().isOk())
                .andExpect(shows("đã ngừng hoạt động: không thể sửa"));
        assertThat(jdbc.queryForObject("select retired_on::text from unit where id = ?", String.class, id))
                .isEqualTo("2025-07-01");

        mvc.perform(as("admin", get("/admin/units").param("q", "se ngung"))).andExpect(hides("Xã Sẽ Ngừng"));
        mvc.perform(as("admin", get("/admin/units").param("q", "se ngung").param("retired", "true")))
                .andExpect(shows("Xã Sẽ Ngừng", "Ngừng hoạt động từ 01/07/2025"));
    }

    @Test
    void mergeLinksTheRetiredUnitAndItsSuccessor() throws Exception {
        long merged = createUnit("PG-MA", "Xã Mỹ An Cũ");
        long successor = createUnit("PG-MB", "Xã Mỹ An Mới");
        mvc.perform(as("admin", get("/admin/units/" + merged + "/merge")))
                .andExpect(status().isOk())
                .andExpect(shows("Xã Mỹ An Mới", "data-confirm"));
        mvc.perform(as("admin", post("/admin/units/" + merged + "/merge"))
                        .param("successorId", String.valueOf(merged))
                        .param("retiredOn", "01/07/2025")
                        .param("reason", "Tự sáp nhập")
                        .param("version", String.valueOf(version(merged))))
                .andExpect(status().isOk())
                .andExpect(shows("Không thể sáp nhập một đơn vị vào chính nó."));
        mvc.perform(as("admin", post("/admin/units/" + merged + "/merge"))
                        .param("successorId", String.valueOf(successor))
                        .param("retiredOn", "01/07/2025")
                        .param("reason", "Nghị quyết sắp xếp xã")
                        .param("version", String.valueOf(version(merged))))
                .andExpect(redirectedUrl("/admin/units/" + merged));

        mvc.perform(as("admin", get("/admin/units/" + merged)))
                .andExpect(shows(
                        "unit-successor",
                        "/admin/units/" + successor,
                        "Sáp nhập vào đơn vị khác",
                        "Nghị quyết sắp xếp xã"));
        mvc.perform(as("admin", get("/admin/units/" + successor)))
                .andExpect(shows(
                        "unit-predecessors", "Xã Mỹ An Cũ", "/admin/units/" + merged, "Tiếp nhận đơn vị sáp nhập"));
        mvc.perform(as("admin", get("/admin/units/" + merged + "/merge"))).andExpect(status().is3xxRedirection());
    }
}

package vn.thidua.organization.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/** An empty unit code is told once ("Vui lòng nhập mã đơn vị."), not also as a code of the wrong form. */
class UnitCodeErrorTest extends IntegrationTest {

    @Test
    void anEmptyCodeGetsOneMessage() throws Exception {
        for (String code : new String[] {"", "   "}) {
            String page = mvc.perform(post("/admin/units")
                            .with(Users.as(jdbc, "admin"))
                            .with(csrf())
                            .param("code", code)
                            .param("name", "Xã Một Lỗi")
                            .param("shortName", "Một Lỗi")
                            .param("level", "COMMUNE")
                            .param("version", "0"))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(page).contains("Vui lòng nhập mã đơn vị.").doesNotContain("Mã đơn vị chỉ gồm chữ cái không dấu");
        }
        String bad = mvc.perform(post("/admin/units")
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf())
                        .param("code", "mã có dấu")
                        .param("name", "Xã Một Lỗi")
                        .param("shortName", "Một Lỗi")
                        .param("level", "COMMUNE")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(bad).contains("Mã đơn vị chỉ gồm chữ cái không dấu").doesNotContain("Vui lòng nhập mã đơn vị.");
    }
}

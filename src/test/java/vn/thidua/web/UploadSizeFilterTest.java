package vn.thidua.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import vn.thidua.common.Flash;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

class UploadSizeFilterTest extends IntegrationTest {

    private static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";

    @Test
    void anUploadLargerThanTheServerAcceptsLeadsBackToTheFormWithAMessage() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/admin/clusters/new")
                        .with(Users.as(jdbc, "admin")).with(csrf())
                        .session(session)
                        .contentType("multipart/form-data; boundary=xyz")
                        .header("Referer", "http://localhost/admin/clusters/new?kind=BLOC")
                        .content(new byte[13 * 1024 * 1024]))
                .andExpect(redirectedUrl("/admin/clusters/new?kind=BLOC"));
        @SuppressWarnings("unchecked")
        List<FlashMap> flashes = (List<FlashMap>) session.getAttribute(FLASH_MAPS);
        assertThat(flashes).singleElement().satisfies(flash ->
                assertThat(((Flash) flash.get(Flash.ATTRIBUTE)).key()).isEqualTo("upload.tooLarge"));
    }

    @Test
    void aFormOnAnotherSiteIsNotWhereTheAnswerLeads() throws Exception {
        mvc.perform(post("/admin/clusters/new")
                        .with(Users.as(jdbc, "admin")).with(csrf())
                        .contentType("multipart/form-data; boundary=xyz")
                        .header("Referer", "http://evil.example/phish")
                        .content(new byte[13 * 1024 * 1024]))
                .andExpect(redirectedUrl("/"));
    }
}

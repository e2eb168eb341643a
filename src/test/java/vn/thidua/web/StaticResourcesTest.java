package vn.thidua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/**
 * Pages link the application's own files with a content hash and the webjars with their version, so browsers may
 * keep them for a year; anything else is not looked up among the static files at all.
 */
class StaticResourcesTest extends IntegrationTest {

    private String home() throws Exception {
        return mvc.perform(get("/").with(Users.as(jdbc, "admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static String link(String page, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(page);
        assertThat(matcher.find()).as("a link matching %s", pattern).isTrue();
        return matcher.group();
    }

    @Test
    void ownFilesAreLinkedByContentAndCachedForAYear() throws Exception {
        String page = home();
        String css = link(page, "/css/app-[0-9a-f]{32}\\.css");
        String script = link(page, "/js/app-[0-9a-f]{32}\\.js");
        for (String path : new String[] {css, script}) {
            mvc.perform(get(path))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Cache-Control", "max-age=31536000, public"));
        }
        // The plain name still works, for links written by hand.
        mvc.perform(get("/css/app.css")).andExpect(status().isOk());
    }

    @Test
    void webjarsAreLinkedByTheirVersion() throws Exception {
        String bootstrap = link(home(), "/webjars/bootstrap/\\d+\\.\\d+\\.\\d+/css/bootstrap\\.min\\.css");
        mvc.perform(get(bootstrap))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "max-age=31536000, public"));
        mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk());
    }

    @Test
    void pagePathsAreNotStaticFiles() throws Exception {
        // Only the folders of static files are served from the class path: application.properties is not reachable.
        mvc.perform(get("/application.properties").with(Users.as(jdbc, "admin")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/templates/scoring/sheet.html").with(Users.as(jdbc, "admin")))
                .andExpect(status().isNotFound());
    }
}

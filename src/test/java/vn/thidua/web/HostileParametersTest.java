package vn.thidua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.web.servlet.MvcResult;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/** List pages answer odd or hostile query parameters with a normal page, never an error. */
class HostileParametersTest extends IntegrationTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/admin/units",
                "/admin/clusters",
                "/admin/users",
                "/admin/audit",
                "/pledges",
                "/admin/scoring/tables",
                "/admin/scoring/rounds",
                "/scoring",
                "/proposals",
                "/award-history/people",
                "/review",
                "/decisions",
                "/onward",
                "/reports/awards",
                "/admin/certificate-layouts",
                "/public/awards/AG/2020"
            })
    void listPagesSurviveOddParameters(String path) throws Exception {
        String url = path + "?page=-5&size=999999&sort=password,desc&q=%25'%20or%201=1%20--&year=abc&level=NOPE"
                + "&kind=NOPE&status=NOPE&from=31/02/2021&to=yesterday";
        // A parameter of the wrong type is dropped by a redirect; a staff member may be sent on to their own page.
        for (int hop = 0; hop < 12; hop++) {
            MvcResult result = mvc.perform(get(java.net.URI.create(url))
                            .with(Users.as(jdbc, "admin"))
                            .header("Accept", "text/html"))
                    .andReturn();
            int status = result.getResponse().getStatus();
            if (status >= 300 && status < 400) {
                url = result.getResponse().getRedirectedUrl();
                continue;
            }
            assertThat(status).as(url).isEqualTo(200);
            assertThat(result.getResponse().getContentAsString()).doesNotContain("Exception");
            return;
        }
        throw new AssertionError("too many redirects from " + path);
    }
}

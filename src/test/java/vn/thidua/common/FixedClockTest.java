package vn.thidua.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/**
 * "Now" comes from the application's clock, so a test can fix it: at 18:30 UTC on 31/12/2031 it is already 2032 in
 * Vietnam, and a new criteria table starts in 2032.
 */
@Import(FixedClockTest.FixedClock.class)
class FixedClockTest extends IntegrationTest {

    @TestConfiguration
    static class FixedClock {

        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(Instant.parse("2031-12-31T18:30:00Z"), ZoneOffset.UTC);
        }
    }

    @Test
    void aNewCriteriaTableStartsInThisYearInVietnamByTheApplicationsClock() throws Exception {
        String body = mvc.perform(get("/admin/scoring/tables/new").with(Users.as(jdbc, "admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body).containsPattern("name=\"year\"[^>]*value=\"2032\"|value=\"2032\"[^>]*name=\"year\"");
    }
}

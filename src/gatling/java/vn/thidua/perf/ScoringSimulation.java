package vn.thidua.perf;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Load on the scoring pages of a running Thi Đua: each virtual user signs in, then reads the scoring overview, a
 * ranking and a score sheet a fixed number of times. Bounded in users and iterations; aimed at the local machine
 * by default. Settings (system properties): {@code baseUrl}, {@code username}, {@code password}, {@code users},
 * {@code iterations}, {@code rampSeconds}, {@code rankingPath}, {@code sheetPath}. See docs/performance.md.
 */
public class ScoringSimulation extends Simulation {

    private static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:8686");
    private static final String USERNAME = System.getProperty("username", "admin");
    private static final String PASSWORD = System.getProperty("password", "thidua2026");
    private static final int USERS = Integer.getInteger("users", 20);
    private static final int ITERATIONS = Integer.getInteger("iterations", 20);
    private static final int RAMP_SECONDS = Integer.getInteger("rampSeconds", 10);
    private static final String RANKING_PATH = System.getProperty("rankingPath", "/scoring/rounds/2/ranking");
    private static final String SHEET_PATH = System.getProperty("sheetPath", "/scoring/sheets/1");

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .acceptHeader("text/html")
            .acceptLanguageHeader("vi")
            .disableFollowRedirect();

    private final ScenarioBuilder scenario = scenario("Scoring pages")
            .exec(http("login page").get("/login")
                    .check(status().is(200))
                    .check(regex("name=\"_csrf\" value=\"([^\"]+)\"").saveAs("csrf")))
            .exec(http("sign in").post("/login")
                    .formParam("username", USERNAME)
                    .formParam("password", PASSWORD)
                    .formParam("_csrf", "#{csrf}")
                    .check(status().is(302)))
            .repeat(ITERATIONS).on(
                    exec(http("scoring overview").get("/admin/scoring/rounds").check(status().is(200)))
                            .exec(http("ranking").get(RANKING_PATH).check(status().is(200)))
                            .exec(http("score sheet").get(SHEET_PATH).check(status().is(200))));

    {
        setUp(scenario.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(RAMP_SECONDS))))
                .protocols(protocol)
                .maxDuration(Duration.ofMinutes(10))
                .assertions(global().successfulRequests().percent().gt(99.0),
                        global().responseTime().percentile(95.0).lt(1000));
    }
}

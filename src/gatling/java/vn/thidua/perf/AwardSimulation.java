package vn.thidua.perf;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;
import java.util.List;

import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Load on the award pages of a running Thi Đua, two kinds of people at once: the public, who read an organiser's
 * public list of awards (searched without diacritics) and verify a certificate's code without signing in, and the
 * organiser's staff, who sign in and open the review queue, the decisions, the newest decision's page and a unit's
 * award history. Bounded in users and iterations; aimed at the local demo by default. Settings (system properties):
 * {@code baseUrl}, {@code username}, {@code password}, {@code users} (of each kind), {@code iterations},
 * {@code rampSeconds}, {@code organizer}, {@code year}, {@code search}, {@code verifyCode}, {@code historyPath},
 * {@code pause} ({@code min-max} seconds) and {@code pageP95} (milliseconds: the run fails above it). Run with
 * {@code ./mvnw -Pgatling -DskipTests test-compile gatling:test -Dgatling.simulationClass=vn.thidua.perf.AwardSimulation}.
 */
public class AwardSimulation extends Simulation {

    private static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:8686");
    private static final String USERNAME = System.getProperty("username", "admin");
    private static final String PASSWORD = System.getProperty("password", "thidua2026");
    private static final int USERS = Integer.getInteger("users", 20);
    private static final int ITERATIONS = Integer.getInteger("iterations", 20);
    private static final int RAMP_SECONDS = Integer.getInteger("rampSeconds", 10);
    private static final String ORGANIZER = System.getProperty("organizer", "AG");
    private static final String YEAR = System.getProperty("year", "2020");
    private static final String SEARCH = System.getProperty("search", "chau thanh");
    private static final String VERIFY_CODE = System.getProperty("verifyCode", "DEMO2021COTINHANPHU00001");
    private static final String HISTORY_PATH = System.getProperty("historyPath", "/units/1/awards");
    private static final String PAUSE = System.getProperty("pause", "1-3");
    private static final Duration PAUSE_MIN = Duration.ofMillis(Math.round(Double.parseDouble(PAUSE.split("-")[0]) * 1000));
    private static final Duration PAUSE_MAX = Duration.ofMillis(Math.round(Double.parseDouble(PAUSE.contains("-")
            ? PAUSE.split("-")[1] : PAUSE) * 1000));
    private static final int PAGE_P95_MS = Integer.getInteger("pageP95", 100);

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .acceptHeader("text/html")
            .acceptLanguageHeader("vi")
            .disableFollowRedirect();

    private final ScenarioBuilder publicReaders = scenario("Public award pages")
            .repeat(ITERATIONS).on(
                    exec(http("public list").get("/public/awards/" + ORGANIZER + "/" + YEAR).check(status().is(200)))
                            .pause(PAUSE_MIN, PAUSE_MAX)
                            .exec(http("public list searched").get("/public/awards/" + ORGANIZER + "/" + YEAR)
                                    .queryParam("q", SEARCH)
                                    .check(status().is(200)))
                            .pause(PAUSE_MIN, PAUSE_MAX)
                            .exec(http("verification").get("/verify/award/" + VERIFY_CODE).check(status().is(200)))
                            .pause(PAUSE_MIN, PAUSE_MAX));

    private final ScenarioBuilder staff = scenario("Staff award pages")
            .exec(http("login page").get("/login")
                    .check(status().is(200))
                    .check(regex("name=\"_csrf\" value=\"([^\"]+)\"").saveAs("csrf")))
            .exec(http("sign in").post("/login")
                    .formParam("username", USERNAME)
                    .formParam("password", PASSWORD)
                    .formParam("_csrf", "#{csrf}")
                    .check(status().is(302)))
            .repeat(ITERATIONS).on(
                    exec(http("review queue").get("/review").queryParam("year", YEAR).check(status().is(200)))
                            .pause(PAUSE_MIN, PAUSE_MAX)
                            .exec(http("decisions").get("/decisions")
                                    .check(status().is(200))
                                    .check(regex("href=\"(/decisions/\\d+)\"").saveAs("decision")))
                            .pause(PAUSE_MIN, PAUSE_MAX)
                            .exec(http("decision").get("#{decision}").check(status().is(200)))
                            .pause(PAUSE_MIN, PAUSE_MAX)
                            .exec(http("unit award history").get(HISTORY_PATH).check(status().is(200)))
                            .pause(PAUSE_MIN, PAUSE_MAX));

    {
        List<io.gatling.javaapi.core.Assertion> assertions = new java.util.ArrayList<>();
        assertions.add(global().successfulRequests().percent().gt(99.0));
        List.of("public list", "public list searched", "verification", "review queue", "decisions", "decision",
                        "unit award history")
                .forEach(page -> assertions.add(details(page).responseTime().percentile(95.0).lt(PAGE_P95_MS)));
        setUp(
                        publicReaders.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(RAMP_SECONDS))),
                        staff.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(RAMP_SECONDS))))
                .protocols(protocol)
                .maxDuration(Duration.ofMinutes(10))
                .assertions(assertions);
    }
}

package vn.thidua.perf;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Load on the scoring pages of a running Thi Đua: each virtual user signs in, then reads the scoring overview, a
 * ranking and a score sheet a fixed number of times. Bounded in users and iterations; aimed at the local machine
 * by default. Settings (system properties): {@code baseUrl}, {@code username}, {@code password}, {@code users},
 * {@code iterations}, {@code rampSeconds}, {@code rankingPath}, {@code sheetPath}, {@code pause} (a person's time on a
 * page, seconds, {@code min-max}) and {@code pageP95} (the goal for the ranking and sheet pages, milliseconds: the
 * run fails above it). See docs/performance.md.
 * <p>
 * With {@code -Dscenario=officers} each virtual user is instead a different unit officer ({@code officerPrefix} +
 * a four-digit number from 1 to {@code officers}, by default {@code ns34u0001} … {@code ns34u0097} of the national
 * data): it signs in, finds its unit's current round and its own draft sheet from the links of its pages, then
 * {@code iterations} times opens the sheet, saves the draft with a changed score (the form as the page gives it:
 * {@code _csrf}, {@code version} and every value), checks that the save redirects back and that the sheet now shows
 * the new value, and opens its cluster's ranking of the previous (finalised) year.
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

    /**
     * How long a person stays on a page before the next request, in seconds, drawn evenly from {@code min-max}:
     * reading a ranking or typing a sheet's scores takes far longer than the default 1-3 s, so this errs on the side
     * of load. {@code -Dpause=0} sends every request as soon as the previous answer arrives (a saturation test).
     */
    private static final String PAUSE = System.getProperty("pause", "1-3");
    private static final Duration PAUSE_MIN = Duration.ofMillis(Math.round(Double.parseDouble(PAUSE.split("-")[0]) * 1000));
    private static final Duration PAUSE_MAX = Duration.ofMillis(Math.round(Double.parseDouble(PAUSE.contains("-")
            ? PAUSE.split("-")[1] : PAUSE) * 1000));
    /** The goal for the ranking and sheet pages: their 95th percentile in milliseconds. */
    private static final int PAGE_P95_MS = Integer.getInteger("pageP95", 100);

    private static final String SCENARIO = System.getProperty("scenario", "readers");
    private static final String OFFICER_PREFIX = System.getProperty("officerPrefix", "ns34u");
    private static final int OFFICERS = Integer.getInteger("officers", 97);

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .acceptHeader("text/html")
            .acceptLanguageHeader("vi")
            .disableFollowRedirect();

    private final ScenarioBuilder readers = scenario("Scoring pages")
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
                            .pause(PAUSE_MIN, PAUSE_MAX)
                            .exec(http("ranking").get(RANKING_PATH).check(status().is(200)))
                            .pause(PAUSE_MIN, PAUSE_MAX)
                            .exec(http("score sheet").get(SHEET_PATH).check(status().is(200)))
                            .pause(PAUSE_MIN, PAUSE_MAX));

    /** Officers in turn, ns34u0001, ns34u0002, …, starting again after the last. */
    private static Iterator<Map<String, Object>> officers() {
        AtomicInteger next = new AtomicInteger();
        return Stream.generate(() -> Map.<String, Object>of("officer",
                OFFICER_PREFIX + String.format("%04d", next.getAndIncrement() % OFFICERS + 1))).iterator();
    }

    /** The sheet form as a browser would post it: every value the page shows, the first one changed. */
    private static Map<String, Object> draftForm(io.gatling.javaapi.core.Session session) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("_csrf", session.getString("csrf"));
        form.put("version", session.getString("version"));
        List<List<String>> fields = session.getList("fields");
        for (List<String> field : fields) {
            form.put("value[" + field.get(0) + "]", field.get(1));
        }
        form.put("value[" + session.getString("changedNode") + "]", session.getString("newValue"));
        return form;
    }

    private final ScenarioBuilder officers = scenario("Unit officers save their sheets")
            .feed(officers())
            .exec(http("login page").get("/login")
                    .check(status().is(200))
                    .check(regex("name=\"_csrf\" value=\"([^\"]+)\"").saveAs("csrf")))
            .exec(http("sign in").post("/login")
                    .formParam("username", "#{officer}")
                    .formParam("password", PASSWORD)
                    .formParam("_csrf", "#{csrf}")
                    .check(status().is(302)))
            // The unit's rounds, newest year first: the current round (self-scoring) and last year's (finalised).
            .exec(http("my rounds").get("/scoring")
                    .check(status().is(200))
                    .check(css("[data-testid=my-rounds] a", "href").find(0).saveAs("currentRound"))
                    .check(css("[data-testid=my-rounds] a", "href").find(1).saveAs("lastYearRound")))
            .exec(http("round").get("#{currentRound}")
                    .check(status().is(200))
                    .check(regex("href=\"(/scoring/sheets/\\d+)\"").find(0).saveAs("sheet")))
            // Without its sheet the user has nothing to do: its failure is counted once, not at every iteration.
            .exitHereIfFailed()
            .repeat(ITERATIONS, "i").on(
                    exec(http("score sheet").get("#{sheet}")
                            .check(status().is(200))
                            .check(regex("name=\"_csrf\" value=\"([^\"]+)\"").saveAs("csrf"))
                            .check(regex("name=\"version\" value=\"(\\d+)\"").find(0).saveAs("version"))
                            .check(regex("name=\"value\\[(\\d+)\\]\" value=\"([^\"]*)\"").captureGroups(2).findAll()
                                    .saveAs("fields"))
                            .check(regex("name=\"value\\[(\\d+)\\]\"").find(0).saveAs("changedNode")))
                            .pause(PAUSE_MIN, PAUSE_MAX)
                            // The first criterion takes 0 to 2 points: 0, 1, 2, 0, … so that successive saves change it.
                            .exec(session -> session.set("newValue", String.valueOf(session.getInt("i") % 3)))
                            .exec(http("save draft").post("#{sheet}/draft")
                                    .formParamMap(ScoringSimulation::draftForm)
                                    .check(status().is(302))
                                    .check(header("Location").transform(location -> location.replaceFirst("^https?://[^/]+", ""))
                                            .isEL("#{sheet}")))
                            .pause(PAUSE_MIN, PAUSE_MAX)
                            .exec(http("score sheet after save").get("#{sheet}")
                                    .check(status().is(200))
                                    .check(regex("name=\"value\\[#{changedNode}\\]\" value=\"([^\"]*)\"").isEL("#{newValue}")))
                            .pause(PAUSE_MIN, PAUSE_MAX)
                            .exec(http("ranking of last year").get("#{lastYearRound}/ranking").check(status().is(200)))
                            .pause(PAUSE_MIN, PAUSE_MAX));

    {
        boolean officerRun = "officers".equals(SCENARIO);
        ScenarioBuilder scenario = officerRun ? officers : readers;
        List<String> pages = officerRun
                ? List.of("score sheet", "score sheet after save", "ranking of last year")
                : List.of("ranking", "score sheet");
        List<io.gatling.javaapi.core.Assertion> assertions = new java.util.ArrayList<>();
        assertions.add(global().successfulRequests().percent().gt(99.0));
        pages.forEach(page -> assertions.add(details(page).responseTime().percentile(95.0).lt(PAGE_P95_MS)));
        setUp(scenario.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(RAMP_SECONDS))))
                .protocols(protocol)
                .maxDuration(Duration.ofMinutes(10))
                .assertions(assertions);
    }
}

package vn.thidua.scoring.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/**
 * National scale: generates the data of {@link NationalScaleData} into the test database and times the scoring
 * pages, the vote and ballot pages and the proposal page on it. Slow (a few minutes), so it runs only when asked: {@code ./mvnw test -Dtest=NationalScaleTest
 * -Dthidua.perf=true}. The figures it logs are recorded in docs/performance.md.
 */
@EnabledIfSystemProperty(named = "thidua.perf", matches = "true")
class NationalScaleTest extends IntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(NationalScaleTest.class);
    private static final int RUNS = 30;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void scoringAndAwardPagesStayFastWithTenYearsOfANationalDeployment() throws Exception {
        Instant start = Instant.now();
        transactions.executeWithoutResult(status -> NationalScaleData.generate(jdbc));
        log.info("Generated national-scale data in {}", Duration.between(start, Instant.now()));
        log.info(
                "Rows: units {}, clusters {}, sheets {}, score lines {}",
                count("unit"),
                count("cluster"),
                count("score_sheet"),
                count("score_line"));

        long biggestRound = idOf("""
                select r.id from scoring_round r join cluster_term t on t.id = r.term_id and t.year = 2025
                join cluster c on c.id = t.cluster_id join organizer o on o.id = c.organizer_id and o.code = 'NS11'
                order by (select count(*) from score_sheet s where s.round_id = r.id) desc, r.id limit 1""");
        long finalisedRound = idOf("""
                select r.id from scoring_round r join cluster_term t on t.id = r.term_id and t.year = 2020
                join cluster c on c.id = t.cluster_id join organizer o on o.id = c.organizer_id and o.code = 'NS11'
                order by r.id limit 1""");
        long sheet = idOf("select min(id) from score_sheet where round_id = ?", biggestRound);
        String head = jdbc.queryForObject("""
                select a.username from app_user a join cluster_member m on m.unit_id = a.unit_id and m.role = 'HEAD'
                join scoring_round r on r.term_id = m.term_id where r.id = ? limit 1""", String.class, biggestRound);

        measure("ranking, 15 units, review (admin)", "/scoring/rounds/" + biggestRound + "/ranking", "ns11admin");
        measure(
                "ranking, 15 units, finalised 2020 (admin)",
                "/scoring/rounds/" + finalisedRound + "/ranking",
                "ns11admin");
        measure("round page, 15 sheets (admin)", "/scoring/rounds/" + biggestRound, "ns11admin");
        measure("sheet page, 60 criteria (head)", "/scoring/sheets/" + sheet, head);
        measure("open/close overview (admin)", "/admin/scoring/rounds", "ns11admin");
        measure("criteria tables list (admin)", "/admin/scoring/tables", "ns11admin");

        log.info(
                "Rows: award types {}, registrations {}, votes {}, candidates {}, voters {}, ballots {}, ballot choices {},"
                        + " tally {}, results {}, proposals {}, items {}, documents {}",
                count("award_type"),
                count("award_registration"),
                count("vote"),
                count("vote_candidate"),
                count("vote_voter"),
                count("vote_ballot"),
                count("vote_ballot_choice"),
                count("vote_tally"),
                count("vote_result"),
                count("award_proposal"),
                count("award_proposal_item"),
                count("award_proposal_document"));
        // Consistent with the vote's tables: each candidate of a closed vote counted on every valid ballot; every
        // finalised year at its submitted proposal, every vote of the last year open.
        assertThat(count("""
                        vote_tally t join vote v on v.id = t.vote_id and v.status = 'CLOSED'
                        where t.votes_for + t.votes_against + t.votes_blank <> v.ballots_valid""")).isZero();
        // Every finalised year's proposal reviewed, each item accepted and decided (by one decision per province and
        // year), with its review history.
        assertThat(count("""
                        cluster_term t join cluster c on c.id = t.cluster_id and c.code like 'NS%'
                        where t.year < 2025 and not exists (
                            select 1 from award_proposal p where p.term_id = t.id and p.status = 'REVIEWED')""")).isZero();
        assertThat(count("""
                        award_proposal_item i join award_proposal p on p.id = i.proposal_id
                        join cluster_term t on t.id = p.term_id join cluster c on c.id = t.cluster_id and c.code like 'NS%'
                        where t.year < 2025 and (i.review_outcome is distinct from 'ACCEPTED'
                            or not exists (select 1 from award_granted g where g.proposal_item_id = i.id)
                            or (select count(*) from award_proposal_item_review r where r.item_id = i.id) <> 2)""")).isZero();
        assertThat(count("""
                        (select g.organizer_id, g.year from award_granted g join organizer o on o.id = g.organizer_id
                         and o.code like 'NS%' group by g.organizer_id, g.year
                         having count(distinct g.decision_id) <> 1) x""")).isZero();
        assertThat(count("""
                        vote v join cluster_term t on t.id = v.term_id and t.year = 2025
                        join cluster c on c.id = t.cluster_id and c.code like 'NS%' where v.status <> 'OPEN'""")).isZero();
        long closedYear = idOf("""
                select t.id from cluster_term t join cluster c on c.id = t.cluster_id and c.code = 'NS11-C01'
                where t.year = 2020""");
        long openYear = idOf("""
                select t.id from cluster_term t join cluster c on c.id = t.cluster_id and c.code = 'NS33-C01'
                where t.year = 2025""");
        String closedHead = headOf(closedYear);
        String openHead = headOf(openYear);
        String notVoted = jdbc.queryForObject("""
                select a.username from app_user a join cluster_member m on m.unit_id = a.unit_id and m.term_id = ?
                where a.role = 'UNIT_OFFICER' and not exists (
                    select 1 from vote_voter w join vote v on v.id = w.vote_id
                    where v.term_id = m.term_id and w.unit_id = m.unit_id)
                order by a.username desc limit 1""", String.class, openYear);
        measure("vote page, closed 2020 vote, 15 members (admin)", "/votes/term/" + closedYear, "ns11admin");
        measure("vote page, closed 2020 vote, 15 members (head)", "/votes/term/" + closedYear, closedHead);
        measure("vote page, open 2025 vote, 13 members (head)", "/votes/term/" + openYear, openHead);
        measure("ballot page, open 2025 vote (officer, not voted)", "/votes/term/" + openYear + "/ballot", notVoted);
        measure("proposal page, reviewed 2020 proposal (admin)", "/proposals/term/" + closedYear, "ns11admin");
        measure("proposal page, reviewed 2020 proposal (head)", "/proposals/term/" + closedYear, closedHead);

        log.info(
                "Rows: decisions {}, awards {}, revocations {}, item reviews {}",
                count("award_decision"),
                count("award_granted"),
                count("award_revocation"),
                count("award_proposal_item_review"));
        measure("public list, NS11 2020, first page (anyone)", "/public/awards/NS11/2020", null);
        measure(
                "public list, NS11 2020, search without diacritics (anyone)",
                "/public/awards/NS11/2020?q=thu%20nghiem%20ns11-1",
                null);
        String revoking = jdbc.queryForObject("""
                select min(o.code) from award_revocation r join award_granted g on g.id = r.granted_id
                join organizer o on o.id = g.organizer_id where o.code like 'NS%'""", String.class);
        measure("public list, 2023 with a revoked award (anyone)", "/public/awards/" + revoking + "/2023", null);
        measure("report page, 2020, emulation year (admin)", "/reports/awards?year=2020", "ns11admin");
        measure(
                "report page, 2021, reporting year (admin)",
                "/reports/awards?year=2021&period=REPORTING_YEAR",
                "ns11admin");
    }

    private String headOf(long term) {
        return jdbc.queryForObject("""
                select a.username from app_user a join cluster_member m on m.unit_id = a.unit_id and m.role = 'HEAD'
                where m.term_id = ? and a.role = 'CLUSTER_HEAD' limit 1""", String.class, term);
    }

    private long count(String table) {
        return idOf("select count(*) from " + table);
    }

    /** A request signed in as {@code user}, or nobody's when it is {@code null} (a public page). */
    private org.springframework.test.web.servlet.RequestBuilder request(String url, String user) {
        return user == null ? get(url) : get(url).with(Users.as(jdbc, user));
    }

    private void measure(String what, String url, String user) throws Exception {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        for (int i = 0; i < 5; i++) {
            mvc.perform(request(url, user)).andExpect(status().isOk());
        }
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            mvc.perform(request(url, user)).andExpect(status().isOk());
            micros.add((System.nanoTime() - t0) / 1000);
        }
        long statements = statistics.getPrepareStatementCount() / RUNS;
        statistics.setStatisticsEnabled(false);
        Collections.sort(micros);
        long median = micros.get(RUNS / 2);
        long p95 = micros.get((int) Math.ceil(RUNS * 0.95) - 1);
        log.info(
                "PERF {}: median {} ms, p95 {} ms, {} SQL statements per request",
                what,
                median / 1000.0,
                p95 / 1000.0,
                statements);
        assertThat(median).as(what).isLessThan(1_000_000);
    }
}

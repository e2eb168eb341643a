package vn.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.common.NotFoundException;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/** Annual results against the pledge's targets: entry, rules, lock, scope, audit, the cluster's table, the sheet's prefill. */
class AnnualResultsTest extends IntegrationTest {

    @Autowired
    CriteriaTableService tables;

    @Autowired
    RoundOpening roundOpening;

    @Autowired
    SelfScoringService selfScoring;

    @Autowired
    AnnualResultService results;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private ResultsFixture openRound(ResultsFixture r) {
        r.f.as("admin");
        roundOpening.open(
                r.f.termId, LocalDate.now().plusDays(30), LocalDate.now().plusDays(60), "Mở chấm điểm");
        return r;
    }

    private ResultsFixture opened() {
        return openRound(ResultsFixture.create(jdbc, tables));
    }

    private void enter(ResultsFixture r, String officer, long unit, String target, String value, String note) {
        r.f.as(officer);
        Long version = r.resultVersion(unit, target);
        results.save(
                r.f.sheetOf(unit),
                List.of(new ResultEntry(
                        r.targetId(target), value == null ? null : new BigDecimal(value), note, version)));
    }

    private static Map<String, ScoreSheet.SelfEntry> complete() {
        return Map.of(
                "I.1",
                new ScoreSheet.SelfEntry(new BigDecimal("612.48"), "Báo cáo"),
                "I.2",
                new ScoreSheet.SelfEntry(new BigDecimal("35"), null),
                "II.1",
                new ScoreSheet.SelfEntry(BigDecimal.ONE, null),
                "II.2",
                new ScoreSheet.SelfEntry(new BigDecimal("25"), null),
                "T.1",
                new ScoreSheet.SelfEntry(BigDecimal.ZERO, null),
                "TR.1",
                new ScoreSheet.SelfEntry(BigDecimal.ZERO, null));
    }

    private void submit(ResultsFixture r, String officer, long unit) {
        r.f.as(officer);
        long sheet = r.f.sheetOf(unit);
        selfScoring.saveAndSubmit(sheet, r.f.version(sheet), complete());
    }

    // ---------------------------------------------------------------- the unit's own page

    @Test
    void anOfficerSeesTheCompletedPledgesTargetsWithTheUnitsOwnTargetValues() {
        ResultsFixture r = opened();
        r.f.as(r.f.officerB);
        UnitResultsView view = results.ofSheet(r.f.sheetOf(r.f.unitB));
        assertThat(view.canEdit()).isTrue();
        assertThat(view.rows())
                .extracting(row -> row.target().name())
                .containsExactly(
                        ResultsFixture.REVENUE, ResultsFixture.GROWTH, ResultsFixture.PATROL, ResultsFixture.MODELS);
        assertThat(view.rows().get(0).target().value()).isEqualByComparingTo("512.35");
        assertThat(view.rows().get(1).target().value()).isEqualByComparingTo("7");
        assertThat(view.rows().get(2).target().value()).isNull();
        r.f.as(r.f.officerC);
        assertThat(results.ofSheet(r.f.sheetOf(r.f.unitC))
                        .rows()
                        .get(0)
                        .target()
                        .value())
                .isEqualByComparingTo("400");
    }

    @Test
    void savedResultsShowTheirPercentageOfTheTarget() {
        ResultsFixture r = opened();
        enter(r, r.f.officerB, r.f.unitB, ResultsFixture.REVENUE, "612.48", "Báo cáo quyết toán");
        enter(r, r.f.officerB, r.f.unitB, ResultsFixture.PATROL, null, "Hoàn thành");
        r.f.as(r.f.officerB);
        UnitResultsView view = results.ofSheet(r.f.sheetOf(r.f.unitB));
        assertThat(view.rows().get(0).value()).isEqualByComparingTo("612.48");
        assertThat(view.rows().get(0).percent()).isEqualByComparingTo("119.54");
        assertThat(view.rows().get(0).note()).isEqualTo("Báo cáo quyết toán");
        assertThat(view.rows().get(2).value()).isNull();
        assertThat(view.rows().get(2).percent()).isNull();
        assertThat(view.rows().get(2).note()).isEqualTo("Hoàn thành");
        assertThat(r.resultValue(r.f.unitB, ResultsFixture.GROWTH)).isNull();
    }

    @Test
    void everyEntryAndChangeIsAuditedWithOldAndNewValueAndActor() {
        ResultsFixture r = opened();
        enter(r, r.f.officerB, r.f.unitB, ResultsFixture.REVENUE, "600", null);
        enter(r, r.f.officerB, r.f.unitB, ResultsFixture.REVENUE, "612.48", "Đã quyết toán");
        enter(r, r.f.officerB, r.f.unitB, ResultsFixture.REVENUE, "612.48", "Đã quyết toán");
        long id = idOf(
                "select id from annual_result where unit_id = ? and pledge_target_id = ?",
                r.f.unitB,
                r.targetId(ResultsFixture.REVENUE));
        List<Map<String, Object>> events = jdbc.queryForList("""
                select action, actor, old_value::text as old_value, new_value::text as new_value from audit_event
                where entity_type = 'AnnualResult' and entity_id = ? order by id""", id);
        assertThat(events)
                .extracting(e -> e.get("action"))
                .containsExactly("ANNUAL_RESULT_ENTERED", "ANNUAL_RESULT_CHANGED");
        assertThat(events).extracting(e -> e.get("actor")).containsOnly(r.f.officerB);
        assertThat(events.get(0).get("old_value")).isNull();
        assertThat((String) events.get(0).get("new_value")).contains("\"600\"");
        assertThat((String) events.get(1).get("old_value")).contains("\"600\"");
        assertThat((String) events.get(1).get("new_value")).contains("612.48").contains("Đã quyết toán");
    }

    @Test
    void aNegativeFigureIsRefusedWhereItMakesNoSenseAndNothingIsSaved() {
        ResultsFixture r = opened();
        r.f.as(r.f.officerB);
        long sheet = r.f.sheetOf(r.f.unitB);
        assertThatThrownBy(() -> results.save(
                        sheet,
                        List.of(
                                new ResultEntry(r.targetId(ResultsFixture.GROWTH), new BigDecimal("-1.5"), null, null),
                                new ResultEntry(r.targetId(ResultsFixture.MODELS), new BigDecimal("-1"), null, null))))
                .isInstanceOfSatisfying(ResultRules.ResultRejected.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("scoring.results.negative");
                    assertThat(e.targetId()).isEqualTo(r.targetId(ResultsFixture.MODELS));
                });
        assertThat(r.resultValue(r.f.unitB, ResultsFixture.GROWTH)).isNull();
        results.save(
                sheet, List.of(new ResultEntry(r.targetId(ResultsFixture.GROWTH), new BigDecimal("-1.5"), null, null)));
        assertThat(r.resultValue(r.f.unitB, ResultsFixture.GROWTH)).isEqualByComparingTo("-1.5");
    }

    @Test
    void aResultChangedByAnotherOfficerMeanwhileIsAConflict() {
        ResultsFixture r = opened();
        enter(r, r.f.officerB, r.f.unitB, ResultsFixture.REVENUE, "600", null);
        long stale = r.resultVersion(r.f.unitB, ResultsFixture.REVENUE);
        enter(r, r.f.officerB, r.f.unitB, ResultsFixture.REVENUE, "610", null);
        assertThatThrownBy(() -> results.save(
                        r.f.sheetOf(r.f.unitB),
                        List.of(new ResultEntry(
                                r.targetId(ResultsFixture.REVENUE), new BigDecimal("620"), null, stale))))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        // A form loaded before the first result existed is stale too.
        assertThatThrownBy(() -> results.save(
                        r.f.sheetOf(r.f.unitB),
                        List.of(new ResultEntry(
                                r.targetId(ResultsFixture.REVENUE), new BigDecimal("620"), null, null))))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(r.resultValue(r.f.unitB, ResultsFixture.REVENUE)).isEqualByComparingTo("610");
    }

    // ---------------------------------------------------------------- lock

    @Test
    void resultsAreLockedOnceTheUnitsSheetIsSubmitted() {
        ResultsFixture r = opened();
        enter(r, r.f.officerB, r.f.unitB, ResultsFixture.REVENUE, "612.48", null);
        submit(r, r.f.officerB, r.f.unitB);
        r.f.as(r.f.officerB);
        UnitResultsView view = results.ofSheet(r.f.sheetOf(r.f.unitB));
        assertThat(view.canEdit()).isFalse();
        assertThat(view.lock().key()).isEqualTo("scoring.results.locked");
        assertThatThrownBy(() -> enter(r, r.f.officerB, r.f.unitB, ResultsFixture.REVENUE, "700", null))
                .hasMessageContaining("scoring.results.locked");
        assertThat(r.resultValue(r.f.unitB, ResultsFixture.REVENUE)).isEqualByComparingTo("612.48");
    }

    @Test
    void resultsFollowTheSheetsSelfScoringDeadline() {
        ResultsFixture r = opened();
        jdbc.update(
                "update scoring_round set self_scoring_deadline = current_date - 1, review_deadline = null where term_id = ?",
                r.f.termId);
        r.f.as(r.f.officerB);
        assertThat(results.ofSheet(r.f.sheetOf(r.f.unitB)).canEdit()).isFalse();
        assertThatThrownBy(() -> enter(r, r.f.officerB, r.f.unitB, ResultsFixture.REVENUE, "612.48", null))
                .hasMessageContaining("scoring.round.selfScoringDeadlinePassed");
    }

    @Test
    void withoutACompletedPledgeThereIsNothingToEnter() {
        ResultsFixture r = openRound(ResultsFixture.withoutPledge(jdbc, tables, 0));
        r.f.as(r.f.officerB);
        UnitResultsView view = results.ofSheet(r.f.sheetOf(r.f.unitB));
        assertThat(view.hasPledge()).isFalse();
        assertThat(view.canEdit()).isFalse();
        assertThatThrownBy(() -> results.save(r.f.sheetOf(r.f.unitB), List.of()))
                .hasMessageContaining("scoring.results.noPledge");
    }

    // ---------------------------------------------------------------- scope

    @Test
    void anotherUnitsOfficerNeitherSeesNorChangesResults() {
        ResultsFixture r = opened();
        enter(r, r.f.officerB, r.f.unitB, ResultsFixture.REVENUE, "612.48", null);
        long sheetB = r.f.sheetOf(r.f.unitB);
        List<ResultEntry> change = List.of(new ResultEntry(
                r.targetId(ResultsFixture.REVENUE),
                BigDecimal.ONE,
                null,
                r.resultVersion(r.f.unitB, ResultsFixture.REVENUE)));
        for (String other : new String[] {r.f.officerC, r.f.headUser, "anphu", "kiengiang"}) {
            r.f.as(other);
            assertThatThrownBy(() -> results.ofSheet(sheetB)).as(other).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> results.save(sheetB, change)).as(other).isInstanceOf(NotFoundException.class);
        }
        r.f.as("thamdinh");
        assertThat(results.ofSheet(sheetB).canEdit()).isFalse();
        assertThatThrownBy(() -> results.save(sheetB, change)).isInstanceOf(AccessDeniedException.class);
        assertThat(r.resultValue(r.f.unitB, ResultsFixture.REVENUE)).isEqualByComparingTo("612.48");
    }

    @Test
    void theHeadReadsAMembersResultsOnceItsSheetIsSubmittedButNeverChangesThem() {
        ResultsFixture r = opened();
        enter(r, r.f.officerB, r.f.unitB, ResultsFixture.REVENUE, "612.48", null);
        submit(r, r.f.officerB, r.f.unitB);
        long sheetB = r.f.sheetOf(r.f.unitB);
        r.f.as(r.f.headUser);
        UnitResultsView view = results.ofSheet(sheetB);
        assertThat(view.canEdit()).isFalse();
        assertThat(view.lock()).isNull();
        assertThat(view.rows().get(0).percent()).isEqualByComparingTo("119.54");
        assertThatThrownBy(() -> results.save(sheetB, List.of())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void pagesAnswerEachPersonAsTheRulesSay() throws Exception {
        ResultsFixture r = opened();
        long sheetB = r.f.sheetOf(r.f.unitB);
        String url = "/scoring/sheets/" + sheetB + "/results";
        mvc.perform(get(url).with(Users.as(jdbc, r.f.officerB)))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("name=\"value[" + r.targetId(ResultsFixture.REVENUE) + "]\"")));
        mvc.perform(get(url).with(Users.as(jdbc, r.f.officerC))).andExpect(status().isNotFound());
        mvc.perform(get(url).with(Users.as(jdbc, r.f.headUser))).andExpect(status().isNotFound());
        mvc.perform(get(url).with(Users.as(jdbc, "kiengiang"))).andExpect(status().isNotFound());
        mvc.perform(get(url).with(Users.as(jdbc, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("name=\"value["))));
        mvc.perform(post(url)
                        .with(Users.as(jdbc, r.f.officerC))
                        .with(csrf())
                        .param("value[" + r.targetId(ResultsFixture.REVENUE) + "]", "1"))
                .andExpect(status().isNotFound());
        mvc.perform(post(url)
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf())
                        .param("value[" + r.targetId(ResultsFixture.REVENUE) + "]", "1"))
                .andExpect(status().isForbidden());
        assertThat(r.resultValue(r.f.unitB, ResultsFixture.REVENUE)).isNull();
        String cluster = "/scoring/rounds/" + r.f.roundId() + "/results";
        mvc.perform(get(cluster).with(Users.as(jdbc, "admin"))).andExpect(status().isOk());
        mvc.perform(get(cluster).with(Users.as(jdbc, r.f.headUser))).andExpect(status().isOk());
        mvc.perform(get(cluster).with(Users.as(jdbc, r.f.officerC))).andExpect(status().isOk());
        mvc.perform(get(cluster).with(Users.as(jdbc, "anphu"))).andExpect(status().isNotFound());
        mvc.perform(get(cluster).with(Users.as(jdbc, "kiengiang"))).andExpect(status().isNotFound());
    }

    // ---------------------------------------------------------------- the page's form

    @Test
    void theFormAcceptsBothDecimalMarksAndShowsThePercentage() throws Exception {
        ResultsFixture r = opened();
        long sheetB = r.f.sheetOf(r.f.unitB);
        String url = "/scoring/sheets/" + sheetB + "/results";
        mvc.perform(post(url)
                        .with(Users.as(jdbc, r.f.officerB))
                        .with(csrf())
                        .param("value[" + r.targetId(ResultsFixture.REVENUE) + "]", "612,48")
                        .param("version[" + r.targetId(ResultsFixture.REVENUE) + "]", "")
                        .param("value[" + r.targetId(ResultsFixture.GROWTH) + "]", "7.7")
                        .param("version[" + r.targetId(ResultsFixture.GROWTH) + "]", "")
                        .param("value[" + r.targetId(ResultsFixture.MODELS) + "]", "1.234,5")
                        .param("version[" + r.targetId(ResultsFixture.MODELS) + "]", "")
                        .param("note[" + r.targetId(ResultsFixture.PATROL) + "]", "Hoàn thành")
                        .param("version[" + r.targetId(ResultsFixture.PATROL) + "]", ""))
                .andExpect(redirectedUrl(url));
        assertThat(r.resultValue(r.f.unitB, ResultsFixture.REVENUE)).isEqualByComparingTo("612.48");
        assertThat(r.resultValue(r.f.unitB, ResultsFixture.GROWTH)).isEqualByComparingTo("7.7");
        assertThat(r.resultValue(r.f.unitB, ResultsFixture.MODELS)).isEqualByComparingTo("1234.5");
        mvc.perform(get(url).with(Users.as(jdbc, r.f.officerB)))
                .andExpect(content().string(containsString("119,54 %")))
                .andExpect(content().string(containsString("110 %")))
                .andExpect(content().string(containsString("value=\"612,48\"")));
        mvc.perform(get(url).with(Users.as(jdbc, r.f.officerB)).param("lang", "en"))
                .andExpect(content().string(containsString("119.54%")));
    }

    @Test
    void aRefusedFormComesBackWithTheUsersInputAndAVietnameseMessage() throws Exception {
        ResultsFixture r = opened();
        enter(r, r.f.officerB, r.f.unitB, ResultsFixture.GROWTH, "7", null);
        long sheetB = r.f.sheetOf(r.f.unitB);
        String url = "/scoring/sheets/" + sheetB + "/results";
        String growthVersion = String.valueOf(r.resultVersion(r.f.unitB, ResultsFixture.GROWTH));
        mvc.perform(post(url)
                        .with(Users.as(jdbc, r.f.officerB))
                        .with(csrf())
                        .param("value[" + r.targetId(ResultsFixture.REVENUE) + "]", "sáu trăm")
                        .param("version[" + r.targetId(ResultsFixture.REVENUE) + "]", "")
                        .param("value[" + r.targetId(ResultsFixture.GROWTH) + "]", "8,1")
                        .param("version[" + r.targetId(ResultsFixture.GROWTH) + "]", growthVersion)
                        .param("note[" + r.targetId(ResultsFixture.PATROL) + "]", "Ghi chú của tôi")
                        .param("version[" + r.targetId(ResultsFixture.PATROL) + "]", ""))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Chỉ tiêu &quot;" + ResultsFixture.REVENUE
                                + "&quot;: &quot;sáu trăm&quot; không phải là số hợp lệ")))
                .andExpect(content().string(containsString("value=\"sáu trăm\"")))
                .andExpect(content().string(containsString("value=\"8,1\"")))
                .andExpect(content().string(containsString("Ghi chú của tôi")))
                .andExpect(content().string(containsString("is-invalid")));
        mvc.perform(post(url)
                        .with(Users.as(jdbc, r.f.officerB))
                        .with(csrf())
                        .param("value[" + r.targetId(ResultsFixture.MODELS) + "]", "-2")
                        .param("version[" + r.targetId(ResultsFixture.MODELS) + "]", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("kết quả thực hiện không được âm")))
                .andExpect(content().string(containsString("value=\"-2\"")));
        // A stale form is a conflict, with the input kept.
        mvc.perform(post(url)
                        .with(Users.as(jdbc, r.f.officerB))
                        .with(csrf())
                        .param("value[" + r.targetId(ResultsFixture.GROWTH) + "]", "9")
                        .param("version[" + r.targetId(ResultsFixture.GROWTH) + "]", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dữ liệu vừa được người khác thay đổi")))
                .andExpect(content().string(containsString("value=\"9\"")));
        assertThat(r.resultValue(r.f.unitB, ResultsFixture.GROWTH)).isEqualByComparingTo("7");
        assertThat(r.resultValue(r.f.unitB, ResultsFixture.REVENUE)).isNull();
    }

    @Test
    void thePageSaysSoWhenTheClusterHasNoCompletedPledge() throws Exception {
        ResultsFixture r = openRound(ResultsFixture.withoutPledge(jdbc, tables, 0));
        mvc.perform(get("/scoring/sheets/{id}/results", r.f.sheetOf(r.f.unitB)).with(Users.as(jdbc, r.f.officerB)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"results-empty\"")))
                .andExpect(content().string(containsString("chưa có giao ước thi đua đã ký kết hoàn thành")));
        mvc.perform(get("/scoring/rounds/{id}/results", r.f.roundId()).with(Users.as(jdbc, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"results-empty\"")));
    }

    // ---------------------------------------------------------------- the cluster's table

    @Test
    void theClusterTableShowsEveryUnitToStaffTheSubmittedOnesToTheHeadAndOnesOwnToAMember() {
        ResultsFixture r = opened();
        enter(r, r.f.officerB, r.f.unitB, ResultsFixture.REVENUE, "612.48", null);
        enter(r, r.f.officerC, r.f.unitC, ResultsFixture.REVENUE, "380", null);
        submit(r, r.f.officerB, r.f.unitB);

        r.f.as("thamdinh");
        ClusterResultsView all = results.ofRound(r.f.roundId());
        assertThat(all.units()).extracting(u -> u.id()).containsExactly(r.f.unitA, r.f.unitB, r.f.unitC);
        assertThat(all.targets()).hasSize(4);
        ClusterResultsView.Cell b = all.cell(all.units().get(1), all.targets().get(0));
        assertThat(b.value()).isEqualByComparingTo("612.48");
        assertThat(b.target()).isEqualByComparingTo("512.35");
        assertThat(b.percent()).isEqualByComparingTo("119.54");
        assertThat(all.cell(all.units().get(2), all.targets().get(0)).percent()).isEqualByComparingTo("95.00");

        r.f.as(r.f.headUser);
        ClusterResultsView head = results.ofRound(r.f.roundId());
        assertThat(head.units()).extracting(u -> u.id()).containsExactly(r.f.unitA, r.f.unitB);
        assertThat(head.notShown()).extracting(u -> u.id()).containsExactly(r.f.unitC);

        r.f.as(r.f.officerC);
        ClusterResultsView member = results.ofRound(r.f.roundId());
        assertThat(member.units()).extracting(u -> u.id()).containsExactly(r.f.unitC);
    }

    @Test
    void theClusterTableCostsTheSameNumberOfStatementsForAnyNumberOfUnits() throws Exception {
        ResultsFixture small = openRound(ResultsFixture.create(jdbc, tables, 0));
        ResultsFixture large = openRound(ResultsFixture.create(jdbc, tables, 9));
        for (ResultsFixture r : List.of(small, large)) {
            jdbc.update("""
                    insert into annual_result (term_id, unit_id, pledge_target_id, value, updated_by)
                    select m.term_id, m.unit_id, t.id, 10, 'test' from cluster_member m, pledge_target t
                    where m.term_id = ? and t.pledge_id = ?""", r.f.termId, r.pledgeId);
        }
        SecurityContextHolder.clearContext();
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            long smallCount = statements(statistics, "/scoring/rounds/" + small.f.roundId() + "/results");
            long largeCount = statements(statistics, "/scoring/rounds/" + large.f.roundId() + "/results");
            assertThat(largeCount).isEqualTo(smallCount);
            assertThat(smallCount).isLessThan(20);
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    private long statements(Statistics statistics, String url) throws Exception {
        mvc.perform(get(url).with(Users.as(jdbc, "admin"))).andExpect(status().isOk());
        statistics.clear();
        mvc.perform(get(url).with(Users.as(jdbc, "admin"))).andExpect(status().isOk());
        long count = statistics.getPrepareStatementCount();
        org.slf4j.LoggerFactory.getLogger(AnnualResultsTest.class).info("{} as admin: {} SQL statements", url, count);
        return count;
    }

    // ---------------------------------------------------------------- the sheet

    @Test
    void aLinkedFigureLineOfTheDraftComesFilledWithTheAnnualResult() throws Exception {
        ResultsFixture r = opened();
        long sheetB = r.f.sheetOf(r.f.unitB);
        long i1 = r.f.nodeId("I.1");
        mvc.perform(get("/scoring/sheets/{id}", sheetB).with(Users.as(jdbc, r.f.officerB)))
                .andExpect(content().string(not(containsString("data-testid=\"linked-result\""))));
        enter(r, r.f.officerB, r.f.unitB, ResultsFixture.REVENUE, "612.48", null);
        mvc.perform(get("/scoring/sheets/{id}", sheetB).with(Users.as(jdbc, r.f.officerB)))
                .andExpect(content().string(containsString("data-testid=\"linked-result\"")))
                .andExpect(content().string(containsString("name=\"value[" + i1 + "]\" value=\"612,48\"")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.matchesPattern("(?s).*id=\"target-" + i1 + "\"[^>]*>512,35<.*")))
                .andExpect(content().string(containsString("119,54 %")));
        // Once the unit has its own figure on the line, the line keeps it; the result is still offered.
        r.f.as(r.f.officerB);
        selfScoring.saveDraft(
                sheetB, r.f.version(sheetB), Map.of("I.1", new ScoreSheet.SelfEntry(new BigDecimal("600"), null)));
        mvc.perform(get("/scoring/sheets/{id}", sheetB).with(Users.as(jdbc, r.f.officerB)))
                .andExpect(content().string(containsString("name=\"value[" + i1 + "]\" value=\"600\"")))
                .andExpect(content().string(containsString("data-result-value=\"612,48\"")));
        // Other units' sheets are not filled with B's result.
        mvc.perform(get("/scoring/sheets/{id}", r.f.sheetOf(r.f.unitC)).with(Users.as(jdbc, r.f.officerC)))
                .andExpect(content().string(not(containsString("data-testid=\"linked-result\""))));
    }

    @Test
    void onlyFigureCriteriaKeepALinkToAPledgeTargetAndCopiesKeepIt() {
        ResultsFixture r = ResultsFixture.withoutPledge(jdbc, tables, 0);
        r.f.as("admin");
        assertThat(tables.node(r.f.tableId, r.f.nodeId("I.1")).getPledgeTarget())
                .isEqualTo("thu ngan sach NHÀ NƯỚC trên địa bàn");
        CriterionNode i2 = tables.node(r.f.tableId, r.f.nodeId("I.2"));
        NodeCommand c = i2.toCommand();
        tables.updateNode(
                r.f.tableId,
                i2.getId(),
                i2.getVersion(),
                new NodeCommand(
                        c.nodeType(),
                        c.code(),
                        c.description(),
                        c.maxPoints(),
                        c.kind(),
                        c.minPoints(),
                        c.pointsPerOccurrence(),
                        c.targetShare(),
                        c.scoringGuide(),
                        c.evidenceRequired(),
                        c.sortOrder(),
                        ResultsFixture.GROWTH));
        assertThat(tables.node(r.f.tableId, i2.getId()).getPledgeTarget()).isNull();
        assertThatThrownBy(() -> jdbc.update("update criterion_node set pledge_target = 'x' where id = ?", i2.getId()))
                .hasMessageContaining("criterion_node_pledge_target_only_for_figures");
        CriteriaTable copy = tables.copy(r.f.tableId, 2030, null);
        assertThat(jdbc.queryForObject(
                        "select pledge_target from criterion_node where table_id = ? and code = 'I.1'",
                        String.class,
                        copy.getId()))
                .isEqualTo("thu ngan sach NHÀ NƯỚC trên địa bàn");
    }

    @Test
    void anAdministratorLinksAFigureCriterionToATargetOnTheCriterionForm() throws Exception {
        ResultsFixture r = ResultsFixture.withoutPledge(jdbc, tables, 0);
        SecurityContextHolder.clearContext();
        mvc.perform(post("/admin/scoring/tables/{id}/nodes/new", r.f.tableId)
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf())
                        .param("nodeType", "CRITERION")
                        .param("code", "III")
                        .param("description", "Tăng trưởng")
                        .param("maxPoints", "5")
                        .param("kind", "FIGURE_AGAINST_TARGET")
                        .param("pledgeTarget", ResultsFixture.GROWTH))
                .andExpect(redirectedUrl("/admin/scoring/tables/" + r.f.tableId));
        long node = r.f.nodeId("III");
        assertThat(jdbc.queryForObject("select pledge_target from criterion_node where id = ?", String.class, node))
                .isEqualTo(ResultsFixture.GROWTH);
        mvc.perform(get("/admin/scoring/tables/{id}/nodes/{n}/edit", r.f.tableId, node)
                        .with(Users.as(jdbc, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"pledgeTarget\" value=\"Tốc độ tăng trưởng")));
        mvc.perform(post("/admin/scoring/tables/{id}/nodes/new", r.f.tableId)
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf())
                        .param("nodeType", "CRITERION")
                        .param("code", "IV")
                        .param("description", "Dài")
                        .param("maxPoints", "5")
                        .param("kind", "FIGURE_AGAINST_TARGET")
                        .param("pledgeTarget", "x".repeat(501)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không được dài quá 500 ký tự")));
    }

    @Test
    void theCriterionFormOffersThePledgesTargetsAndRefusesANameNoneOfThemBears() throws Exception {
        ResultsFixture r = ResultsFixture.withoutPledge(jdbc, tables, 0);
        SecurityContextHolder.clearContext();
        String newNode = "/admin/scoring/tables/" + r.f.tableId + "/nodes/new";
        // Before the pledge is drafted nothing can be chosen or checked: a name is typed and kept.
        mvc.perform(get(newNode).with(Users.as(jdbc, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("list=\"pledge-target-names\"")))
                .andExpect(content().string(containsString("chưa có giao ước năm 2021")))
                .andExpect(content().string(not(containsString("<option value=\"" + ResultsFixture.GROWTH))));
        mvc.perform(post(newNode)
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf())
                        .param("nodeType", "CRITERION")
                        .param("code", "III")
                        .param("description", "Chỉ số dự kiến")
                        .param("maxPoints", "5")
                        .param("kind", "FIGURE_AGAINST_TARGET")
                        .param("pledgeTarget", "Chỉ số dự kiến"))
                .andExpect(redirectedUrl("/admin/scoring/tables/" + r.f.tableId));

        r.completePledge();
        mvc.perform(get(newNode).with(Users.as(jdbc, "admin")))
                .andExpect(content().string(containsString("<option value=\"" + ResultsFixture.REVENUE + "\">")))
                .andExpect(content().string(containsString("<option value=\"" + ResultsFixture.GROWTH + "\">")))
                .andExpect(content().string(containsString("Chọn một chỉ tiêu trong giao ước năm 2021")));
        mvc.perform(post(newNode)
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf())
                        .param("nodeType", "CRITERION")
                        .param("code", "IV")
                        .param("description", "Không khớp")
                        .param("maxPoints", "5")
                        .param("kind", "FIGURE_AGAINST_TARGET")
                        .param("pledgeTarget", "Chỉ tiêu không có"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"pledgeTarget-error\"")))
                .andExpect(content().string(containsString("Không có chỉ tiêu")))
                // What was typed stays in the field (HTML-escaped as a rejected value is).
                .andExpect(content()
                        .string(containsString(
                                "name=\"pledgeTarget\" value=\"Chỉ ti&ecirc;u kh&ocirc;ng c&oacute;\"")));
        assertThat(jdbc.queryForObject(
                        "select count(*) from criterion_node where table_id = ? and code = 'IV'",
                        Integer.class,
                        r.f.tableId))
                .isZero();
        mvc.perform(post(newNode)
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf())
                        .param("nodeType", "CRITERION")
                        .param("code", "IV")
                        .param("description", "Khớp")
                        .param("maxPoints", "5")
                        .param("kind", "FIGURE_AGAINST_TARGET")
                        .param("pledgeTarget", "tốc độ tăng trưởng giá trị sản xuất"))
                .andExpect(redirectedUrl("/admin/scoring/tables/" + r.f.tableId));

        // A name typed before the pledge and borne by none of its targets is kept: the form warns, and saving the
        // criterion without choosing another is allowed.
        long iii = r.f.nodeId("III");
        mvc.perform(get("/admin/scoring/tables/{id}/nodes/{n}/edit", r.f.tableId, iii)
                        .with(Users.as(jdbc, "admin")))
                .andExpect(content().string(containsString("value=\"Chỉ số dự kiến\"")))
                .andExpect(content().string(containsString("data-testid=\"pledge-target-unknown\"")));
        mvc.perform(post("/admin/scoring/tables/{id}/nodes/{n}/edit", r.f.tableId, iii)
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf())
                        .param("nodeType", "CRITERION")
                        .param("code", "III")
                        .param("description", "Chỉ số dự kiến (sửa)")
                        .param("maxPoints", "5")
                        .param("kind", "FIGURE_AGAINST_TARGET")
                        .param("pledgeTarget", "Chỉ số dự kiến")
                        .param(
                                "version",
                                String.valueOf(jdbc.queryForObject(
                                        "select version from criterion_node where id = ?", Long.class, iii))))
                .andExpect(redirectedUrl("/admin/scoring/tables/" + r.f.tableId));
        mvc.perform(get("/admin/scoring/tables/{id}/nodes/{n}/edit", r.f.tableId, r.f.nodeId("IV"))
                        .with(Users.as(jdbc, "admin")))
                .andExpect(content().string(not(containsString("data-testid=\"pledge-target-unknown\""))));
    }

    @Test
    void theLinkTravelsThroughTheTablesExcelFile() throws Exception {
        ResultsFixture r = ResultsFixture.withoutPledge(jdbc, tables, 0);
        byte[] exported = mvc.perform(get("/admin/scoring/tables/{id}/export.xlsx", r.f.tableId)
                        .with(Users.as(jdbc, "admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        r.f.as("admin");
        long empty = tables.create(new TableCommand(2024, "Bảng nhập " + r.f.tag, new BigDecimal("100"), List.of()))
                .getId();
        SecurityContextHolder.clearContext();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                "/admin/scoring/tables/{id}/import", empty)
                        .file(new org.springframework.mock.web.MockMultipartFile(
                                "file", "bang.xlsx", "application/octet-stream", exported))
                        .with(Users.as(jdbc, "admin"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/scoring/tables/" + empty));
        assertThat(jdbc.queryForList(
                        "select code from criterion_node where table_id = ? and pledge_target is not null",
                        String.class,
                        empty))
                .containsExactly("I.1");
        assertThat(jdbc.queryForObject(
                        "select pledge_target from criterion_node where table_id = ? and code = 'I.1'",
                        String.class,
                        empty))
                .isEqualTo("thu ngan sach NHÀ NƯỚC trên địa bàn");
        mvc.perform(get("/admin/scoring/tables/{id}", empty).with(Users.as(jdbc, "admin")))
                .andExpect(content().string(containsString("data-testid=\"pledge-target-link\"")));
    }
}

package vn.thidua.award.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.scoring.Rankings;
import vn.thidua.support.IntegrationTest;

/** Preparing, opening, casting, closing and tallying a vote, and what the database keeps frozen. */
class VoteServiceTest extends IntegrationTest {

    @Autowired
    VoteService service;

    @Autowired
    VoteClosing closing;

    @Autowired
    VoteOutcomes outcomes;

    @Autowired
    Rankings rankings;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private VoteService.PrepareCommand command(List<Long> types, boolean head, int deputies) {
        return new VoteService.PrepareCommand(
                types, VoteFixture.inMinutes(-60), VoteFixture.inMinutes(60), head, deputies);
    }

    @Test
    void preparingProposesTheLeaderAndOpeningMovesTheYearAndTellsTheMembers() {
        VoteFixture f = VoteFixture.create(jdbc, 4);
        long type = f.type("F", "MEMBERS", "50", true, "0", null, 1);
        f.as(f.head());
        Vote vote = service.prepare(f.termId, command(List.of(type), true, 1));
        VoteView view = service.view(f.termId);
        long leader = rankings.finalRanking(f.termId)
                .orElseThrow()
                .leader()
                .orElseThrow()
                .unitId();
        assertThat(view.questions()).hasSize(3);
        assertThat(view.questions().get(0).candidates())
                .extracting(VoteView.CandidateView::unitId)
                .containsExactly(leader);
        assertThat(view.questions().get(1).kind()).isEqualTo(QuestionKind.NEXT_HEAD);
        assertThat(view.questions().get(1).candidates()).hasSize(4);
        assertThat(view.can().open()).isTrue();

        service.open(f.termId, vote.getVersion());
        assertThat(jdbc.queryForObject("select status from cluster_term where id = ?", String.class, f.termId))
                .isEqualTo("VOTE");
        assertThat(jdbc.queryForObject("select status from vote where term_id = ?", String.class, f.termId))
                .isEqualTo("OPEN");
        assertThat(jdbc.queryForObject(
                        "select count(*) from vote_history where vote_id = ?", Integer.class, vote.getId()))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject("""
                        select count(*) from notification n join app_user u on u.id = n.user_id
                        where u.username like ? and n.message_key = 'notification.vote.opened'""", Integer.class, f.tag.toLowerCase() + "%"))
                .isEqualTo(4);
    }

    @Test
    void onlyTheHeadOrAnAdministratorPrepares() {
        VoteFixture f = VoteFixture.create(jdbc, 3);
        long type = f.type("P", "MEMBERS", "50", true, "0", null, 1);
        f.as(f.officers.get(1));
        assertThatThrownBy(() -> service.prepare(f.termId, command(List.of(type), false, 0)))
                .isInstanceOf(AccessDeniedException.class);
        f.as("kiengiang");
        assertThatThrownBy(() -> service.prepare(f.termId, command(List.of(type), false, 0)))
                .isInstanceOf(AccessDeniedException.class);
        f.as("admin");
        assertThat(service.prepare(f.termId, command(List.of(type), false, 0)).getStatus())
                .isEqualTo(VoteStatus.PREPARED);
    }

    private Vote opened(VoteFixture f, List<Long> types, boolean head) {
        f.as(f.head());
        Vote vote = service.prepare(f.termId, command(types, head, 0));
        service.open(f.termId, vote.getVersion());
        return vote;
    }

    private void cast(VoteFixture f, int officer, Map<Long, Map<Long, Choice>> answers) {
        f.as(f.officers.get(officer));
        service.cast(f.termId, answers, Map.of(), VoteFixture.PASSWORD);
    }

    @Test
    void theTallyCountsForAgainstAndBlankAndTheDatabaseFreezesIt() {
        VoteFixture f = VoteFixture.create(jdbc, 5);
        long type = f.type("T", "MEMBERS", "50", true, "0", null, null);
        Vote vote = opened(f, List.of(type), false);
        long question = service.view(f.termId).questions().get(0).id();
        long candidate =
                service.view(f.termId).questions().get(0).candidates().get(0).unitId();
        cast(f, 0, Map.of(question, Map.of(candidate, Choice.FOR)));
        cast(f, 1, Map.of(question, Map.of(candidate, Choice.FOR)));
        cast(f, 2, Map.of(question, Map.of(candidate, Choice.FOR)));
        cast(f, 3, Map.of(question, Map.of(candidate, Choice.AGAINST)));
        cast(f, 4, Map.of());

        // The last ballot tells the head that the vote may be closed.
        assertThat(jdbc.queryForObject("""
                        select count(*) from notification n join app_user u on u.id = n.user_id
                        where u.username = ? and n.message_key = 'notification.vote.allVoted'""", Integer.class, f.head())).isEqualTo(1);
        f.as(f.head());
        assertThat(service.view(f.termId).votedCount()).isEqualTo(5);
        service.close(
                f.termId, jdbc.queryForObject("select version from vote where id = ?", Long.class, vote.getId()), null);

        VoteOutcome outcome = outcomes.closedVote(f.termId).orElseThrow();
        assertThat(outcome.ballotsReturned()).isEqualTo(5);
        assertThat(outcome.ballotsValid()).isEqualTo(5);
        assertThat(outcome.of(type, candidate)).hasValueSatisfying(c -> {
            assertThat(c.votesFor()).isEqualTo(3);
            assertThat(c.votesAgainst()).isEqualTo(1);
            assertThat(c.sharePercent()).isEqualByComparingTo("60");
            assertThat(c.elected()).isTrue();
        });
        assertThat(jdbc.queryForObject(
                        "select votes_blank from vote_tally where vote_id = ? and unit_id = ?",
                        Integer.class,
                        vote.getId(),
                        candidate))
                .isEqualTo(1);

        // Frozen: the service refuses, and so does the database, whatever the row.
        f.as(f.head());
        assertThatThrownBy(() -> service.close(f.termId, 0L, "x")).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> jdbc.update("update vote_result set votes_for = 5 where vote_id = ?", vote.getId()))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("closed");
        assertThatThrownBy(() -> jdbc.update("update vote set ballots_valid = 0 where id = ?", vote.getId()))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("delete from vote_ballot_choice where vote_id = ?", vote.getId()))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("delete from vote_voter where vote_id = ?", vote.getId()))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("update vote_tally set elected = false where vote_id = ?", vote.getId()))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("insert into vote_ballot (vote_id) values (?)", vote.getId()))
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void noBallotBeforeOpeningOrAfterClosingAndNeverTwice() {
        VoteFixture f = VoteFixture.create(jdbc, 3);
        long type = f.type("O", "MEMBERS", "50", true, "0", null, null);
        Vote vote = opened(f, List.of(type), false);
        jdbc.update(
                "update vote set opens_at = now() + interval '1 hour', closes_at = now() + interval '2 hours' where id = ?",
                vote.getId());
        assertThatThrownBy(() -> cast(f, 1, Map.of()))
                .isInstanceOf(VoteException.class)
                .hasMessageContaining("vote.ballot.notYetOpen");
        jdbc.update(
                "update vote set opens_at = now() - interval '2 hours', closes_at = now() - interval '1 minute' where id = ?",
                vote.getId());
        assertThatThrownBy(() -> cast(f, 1, Map.of()))
                .isInstanceOf(VoteException.class)
                .hasMessageContaining("vote.ballot.closed");
        jdbc.update("update vote set closes_at = now() + interval '1 hour' where id = ?", vote.getId());
        cast(f, 1, Map.of());
        assertThatThrownBy(() -> cast(f, 1, Map.of()))
                .isInstanceOf(VoteException.class)
                .hasMessageContaining("vote.ballot.alreadyVoted");
        f.as("anphu");
        assertThatThrownBy(() -> service.cast(f.termId, Map.of(), Map.of(), VoteFixture.PASSWORD))
                .isInstanceOf(AccessDeniedException.class);
        f.as(f.officers.get(2));
        assertThatThrownBy(() -> service.cast(f.termId, Map.of(), Map.of(), "wrong-password"))
                .isInstanceOf(VoteException.class)
                .hasMessageContaining("badPassword");
        assertThat(jdbc.queryForObject(
                        "select count(*) from vote_ballot where vote_id = ?", Integer.class, vote.getId()))
                .isEqualTo(1);
    }

    @Test
    void twentyConcurrentBallotsForOneUnitMakeExactlyOne() throws Exception {
        VoteFixture f = VoteFixture.create(jdbc, 3);
        long type = f.type("C", "MEMBERS", "50", true, "0", null, null);
        Vote vote = opened(f, List.of(type), false);
        var user = f.as(f.officers.get(1));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                Callable<Boolean> task = () -> {
                    f.as(user.getUsername());
                    start.await();
                    try {
                        service.cast(f.termId, Map.of(), Map.of(), VoteFixture.PASSWORD);
                        return true;
                    } catch (RuntimeException e) {
                        return false;
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            int cast = 0;
            for (Future<Boolean> result : results) {
                cast += result.get() ? 1 : 0;
            }
            assertThat(cast).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from vote_ballot where vote_id = ?", Integer.class, vote.getId()))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from vote_voter where vote_id = ?", Integer.class, vote.getId()))
                .isEqualTo(1);
    }

    @Test
    void nChoicesRefuseMoreThanNAndTheHeadClosesEarlyOnlyWithAReason() {
        VoteFixture f = VoteFixture.create(jdbc, 4);
        long type = f.type("N", "MEMBERS", "50", true, "0", 1, null);
        Vote vote = opened(f, List.of(type), true);
        VoteView view = service.view(f.termId);
        long headQuestion = view.questions().get(1).id();
        f.as(f.officers.get(1));
        assertThatThrownBy(() -> service.cast(
                        f.termId,
                        Map.of(),
                        Map.of(headQuestion, List.of(f.units.get(1), f.units.get(2))),
                        VoteFixture.PASSWORD))
                .isInstanceOf(VoteException.class)
                .hasMessageContaining("vote.ballot.tooMany");
        for (int i = 0; i < 3; i++) {
            f.as(f.officers.get(i));
            service.cast(f.termId, Map.of(), Map.of(headQuestion, List.of(f.units.get(2))), VoteFixture.PASSWORD);
        }
        f.as(f.head());
        long version = jdbc.queryForObject("select version from vote where id = ?", Long.class, vote.getId());
        assertThatThrownBy(() -> service.close(f.termId, version, " "))
                .isInstanceOf(VoteException.class)
                .hasMessageContaining("earlyReasonRequired");
        service.close(f.termId, version, "Họp cụm kết thúc sớm");
        VoteOutcome outcome = outcomes.closedVote(f.termId).orElseThrow();
        assertThat(outcome.nextHeadUnitId()).contains(f.units.get(2));
        // Organization records the elected head for the next year's start.
        assertThat(jdbc.queryForObject(
                        "select elected_next_head_id from cluster_term where id = ?", Long.class, f.termId))
                .isEqualTo(f.units.get(2));
        assertThat(jdbc.queryForList(
                        "select unnest(elected_next_deputy_ids) from cluster_term where id = ?", Long.class, f.termId))
                .containsExactlyInAnyOrderElementsOf(outcome.nextDeputyUnitIds());
        assertThat(jdbc.queryForObject(
                        "select reason from vote_history where vote_id = ? and to_status = 'CLOSED'",
                        String.class,
                        vote.getId()))
                .isEqualTo("Họp cụm kết thúc sớm");
    }

    @Test
    void candidatesChangeWithAReasonOnlyWhilePreparedAndTimesOnlyAtTheVersionSeen() {
        VoteFixture f = VoteFixture.create(jdbc, 4);
        long type = f.type("E", "MEMBERS", "50", true, "0", null, 1);
        f.as(f.head());
        Vote vote = service.prepare(f.termId, command(List.of(type), false, 0));
        long question = service.view(f.termId).questions().get(0).id();
        long added = f.units.get(3);
        assertThatThrownBy(() -> service.addCandidate(f.termId, question, added, " "))
                .isInstanceOf(VoteException.class)
                .hasMessageContaining("reasonRequired");
        long outsider = unitId("AG", "AP");
        assertThatThrownBy(() -> service.addCandidate(f.termId, question, outsider, "Đề nghị"))
                .isInstanceOf(VoteException.class)
                .hasMessageContaining("notMember");
        service.addCandidate(f.termId, question, added, "Thành tích đột xuất");
        assertThat(service.view(f.termId).questions().get(0).candidates())
                .extracting(VoteView.CandidateView::unitId)
                .contains(added);
        assertThat(jdbc.queryForObject(
                        "select reason from audit_event where entity_type = 'Vote' and entity_id = ? and action = 'VOTE_CANDIDATE_ADDED'",
                        String.class,
                        vote.getId()))
                .isEqualTo("Thành tích đột xuất");
        service.removeCandidate(f.termId, question, added, "Trùng đề nghị");
        assertThat(service.view(f.termId).questions().get(0).candidates())
                .extracting(VoteView.CandidateView::unitId)
                .doesNotContain(added);

        long seen = jdbc.queryForObject("select version from vote where id = ?", Long.class, vote.getId());
        service.reschedule(f.termId, seen, VoteFixture.inMinutes(-30), VoteFixture.inMinutes(90));
        assertThatThrownBy(() ->
                        service.reschedule(f.termId, seen, VoteFixture.inMinutes(-30), VoteFixture.inMinutes(120)))
                .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
        assertThatThrownBy(() ->
                        service.reschedule(f.termId, seen + 1, VoteFixture.inMinutes(30), VoteFixture.inMinutes(10)))
                .isInstanceOf(VoteException.class)
                .hasMessageContaining("closesBeforeOpens");

        service.open(f.termId, seen + 1);
        assertThatThrownBy(() -> service.addCandidate(f.termId, question, added, "Muộn"))
                .isInstanceOf(VoteException.class);
        assertThatThrownBy(() -> service.prepare(f.termId, command(List.of(type), false, 0)))
                .isInstanceOf(VoteException.class)
                .hasMessageContaining("vote.error.exists");
    }

    @Test
    void theScheduledJobClosesAVoteOnceAtItsTime() {
        VoteFixture f = VoteFixture.create(jdbc, 3);
        long type = f.type("J", "VALID_BALLOTS", "50", true, "0", null, null);
        Vote vote = opened(f, List.of(type), false);
        cast(f, 1, Map.of());
        SecurityContextHolder.clearContext();
        jdbc.update("update vote set closes_at = now() - interval '1 second' where id = ?", vote.getId());
        assertThat(closing.closeDue()).isGreaterThanOrEqualTo(1);
        assertThat(closing.closeDue()).isZero();
        assertThat(jdbc.queryForObject("select status from vote where id = ?", String.class, vote.getId()))
                .isEqualTo("CLOSED");
        assertThat(jdbc.queryForObject(
                        "select count(*) from vote_history where vote_id = ? and to_status = 'CLOSED' and actor = 'system'",
                        Integer.class,
                        vote.getId()))
                .isEqualTo(1);
    }

    @Test
    void aBallotHoldsNoUnitAndTheTrailNoChoice() {
        VoteFixture f = VoteFixture.create(jdbc, 3);
        long type = f.type("S", "MEMBERS", "50", true, "0", null, null);
        Vote vote = opened(f, List.of(type), false);
        long question = service.view(f.termId).questions().get(0).id();
        long candidate =
                service.view(f.termId).questions().get(0).candidates().get(0).unitId();
        cast(f, 1, Map.of(question, Map.of(candidate, Choice.AGAINST)));
        List<String> columns = jdbc.queryForList("""
                select column_name from information_schema.columns
                where table_name in ('vote_ballot', 'vote_ballot_choice')""", String.class);
        assertThat(columns)
                .containsExactlyInAnyOrder("id", "vote_id", "ballot_id", "vote_id", "question_id", "unit_id", "choice");
        String trail = String.join(
                "\n",
                jdbc.queryForList(
                        "select coalesce(new_value::text, '') || coalesce(old_value::text, '') from audit_event where entity_type = 'Vote' and entity_id = ?",
                        String.class,
                        vote.getId()));
        assertThat(trail).doesNotContain("AGAINST").doesNotContain("FOR\"");
    }
}

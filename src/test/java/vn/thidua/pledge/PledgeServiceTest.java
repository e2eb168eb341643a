package vn.thidua.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.support.IntegrationTest;

/** The rules of pledges as the service enforces them, on the real database, for each role and scope. */
class PledgeServiceTest extends IntegrationTest {

    static final String PASSWORD = "thidua2026";
    static final LocalDate DEADLINE = LocalDate.now().plusDays(30);

    @Autowired
    PledgeService pledges;

    PledgeFixture cluster;

    @BeforeEach
    void cluster() {
        cluster = PledgeFixture.create(jdbc, 3);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    Pledge draft() {
        cluster.signIn("head");
        return pledges.createDraft(cluster.termId, DraftSource.TEMPLATE);
    }

    long openPledge() {
        Pledge pledge = draft();
        pledges.open(pledge.getId(), pledge.getVersion(), DEADLINE);
        return pledge.getId();
    }

    String hash(long id) {
        return pledges.view(id).pledge().getTextHash();
    }

    void signAs(String role, long id) {
        cluster.signIn(role);
        pledges.sign(id, hash(id), PASSWORD, "127.0.0.1");
    }

    long completedPledge() {
        long id = openPledge();
        signAs("m1", id);
        signAs("m2", id);
        signAs("m3", id);
        signAs("head", id);
        return id;
    }

    @Test
    void theHeadOrAnAdministratorDraftsButNotMembersReviewersOrOutsiders() {
        for (String role : List.of("m1", "review", "out")) {
            cluster.signIn(role);
            assertThatThrownBy(() -> pledges.createDraft(cluster.termId, DraftSource.TEMPLATE))
                    .as(role)
                    .isInstanceOf(RuntimeException.class);
        }
        cluster.signIn("m1");
        assertThatThrownBy(() -> pledges.createDraft(cluster.termId, DraftSource.TEMPLATE))
                .isInstanceOf(AccessDeniedException.class);
        FixtureAdmins.otherOrganizer(jdbc);
        assertThatThrownBy(() -> pledges.createDraft(cluster.termId, DraftSource.TEMPLATE))
                .hasMessageContaining("error.notFound");
        cluster.signIn("admin");
        Pledge pledge = pledges.createDraft(cluster.termId, DraftSource.TEMPLATE);
        assertThat(pledge.getStatus()).isEqualTo(PledgeStatus.DRAFT);
        assertThat(pledge.getTargets()).isNotEmpty();
        assertThat(pledge.getVerifyCode()).hasSizeGreaterThanOrEqualTo(24);
        assertThatThrownBy(() -> pledges.createDraft(cluster.termId, DraftSource.TEMPLATE))
                .hasMessageContaining("pledge.exists");
    }

    @Test
    void aDraftCanStartFromLastYearsPledge() {
        long lastYear = cluster.term(2020, "PLEDGE");
        cluster.signIn("admin");
        Pledge old = pledges.createDraft(lastYear, DraftSource.TEMPLATE);
        PledgeContent content = old.content();
        pledges.saveDraft(
                old.getId(),
                old.getVersion(),
                new PledgeContent(
                        "Giao ước năm 2020",
                        "Xã A",
                        content.preamble(),
                        content.goals(),
                        List.of(new TargetDraft(
                                PledgeField.ECONOMY_SOCIETY,
                                "Xã nông thôn mới năm 2020",
                                "xã",
                                null,
                                Map.of(cluster.memberUnits.get(0), new BigDecimal("2")))),
                        content.commitments()));
        jdbc.update("update cluster_term set status = 'CLOSED' where id = ?", lastYear);

        cluster.signIn("head");
        Pledge pledge = pledges.createDraft(cluster.termId, DraftSource.PREVIOUS_YEAR);
        assertThat(pledge.getTitle()).isEqualTo("Giao ước năm 2021");
        assertThat(pledge.getSigningPlace()).isEqualTo("Xã A");
        assertThat(pledge.getTargets()).singleElement().satisfies(target -> {
            assertThat(target.getName()).isEqualTo("Xã nông thôn mới năm 2021");
            assertThat(target.valueFor(cluster.memberUnits.get(0))).contains(new BigDecimal("2.0000"));
        });

        cluster.signIn("admin");
        Pledge closed = pledges.view(old.getId()).pledge();
        assertThat(pledges.view(old.getId()).can().edit()).isFalse();
        assertThatThrownBy(() -> pledges.saveDraft(closed.getId(), closed.getVersion(), closed.content()))
                .hasMessageContaining("pledge.term.closed");
    }

    @Test
    void twoPeopleSavingTheSameDraftGetAConflictNotASilentOverwrite() {
        Pledge pledge = draft();
        long loaded = pledge.getVersion();
        PledgeContent mine = new PledgeContent(
                "Bản của cụm trưởng", null, null, null, pledge.content().targets(), null);
        PledgeContent theirs = new PledgeContent(
                "Bản của quản trị viên", null, null, null, pledge.content().targets(), null);
        cluster.signIn("head");
        pledges.saveDraft(pledge.getId(), loaded, mine);
        cluster.signIn("admin");
        assertThatThrownBy(() -> pledges.saveDraft(pledge.getId(), loaded, theirs))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(pledges.view(pledge.getId()).pledge().getTitle()).isEqualTo("Bản của cụm trưởng");
    }

    @Test
    void openingIsForTheHeadAndNeedsTargetsAndAFutureDeadline() {
        Pledge pledge = draft();
        cluster.signIn("m1");
        assertThatThrownBy(() -> pledges.open(pledge.getId(), pledge.getVersion(), DEADLINE))
                .isInstanceOf(AccessDeniedException.class);
        cluster.signIn("head");
        assertThatThrownBy(() -> pledges.open(
                        pledge.getId(), pledge.getVersion(), LocalDate.now().minusDays(1)))
                .hasMessageContaining("pledge.deadline.past");
        Pledge empty = pledges.saveDraft(
                pledge.getId(),
                pledge.getVersion(),
                new PledgeContent("Chưa có chỉ tiêu", null, null, null, List.of(), null));
        assertThatThrownBy(() -> pledges.open(pledge.getId(), empty.getVersion(), DEADLINE))
                .hasMessageContaining("pledge.targets.required");
    }

    @Test
    void onlyMembersOfTheClusterYearSignEachForTheirOwnUnitOnceWithTheirPassword() {
        long id = openPledge();
        cluster.signIn("out");
        assertThatThrownBy(() -> pledges.sign(id, hash(id), PASSWORD, "127.0.0.1"))
                .hasMessageContaining("error.notFound");
        cluster.signIn("review");
        assertThatThrownBy(() -> pledges.sign(id, hash(id), PASSWORD, "127.0.0.1"))
                .isInstanceOf(AccessDeniedException.class);
        cluster.signIn("m1");
        assertThatThrownBy(() -> pledges.sign(id, hash(id), "wrong", "127.0.0.1"))
                .hasMessageContaining("pledge.sign.badPassword");
        PledgeSignature signature = pledges.sign(id, hash(id), PASSWORD, "192.0.2.7");
        assertThat(signature.getUnitId()).isEqualTo(cluster.memberUnits.get(0));
        assertThat(signature.getSignerName()).contains("m1");
        assertThat(signature.getIpAddress()).isEqualTo("192.0.2.7");
        assertThat(signature.getTextHash()).isEqualTo(hash(id));
        assertThatThrownBy(() -> pledges.sign(id, hash(id), PASSWORD, "127.0.0.1"))
                .hasMessageContaining("pledge.sign.already");
        Map<String, Object> row = jdbc.queryForMap(
                "select signer_id, unit_id, ip_address, text_hash, answered_at from pledge_signature where id = ?",
                signature.getId());
        assertThat(row.get("ip_address")).isEqualTo("192.0.2.7");
        assertThat(row.get("answered_at")).isNotNull();
    }

    @Test
    void theHeadCountersignsLastAndThatCompletesThePledge() {
        long id = openPledge();
        signAs("m1", id);
        cluster.signIn("head");
        assertThatThrownBy(() -> pledges.sign(id, hash(id), PASSWORD, "127.0.0.1"))
                .hasMessageContaining("pledge.countersign.membersPending");
        assertThat(pledges.view(id).can().countersign()).isFalse();
        signAs("m2", id);
        signAs("m3", id);
        cluster.signIn("head");
        assertThat(pledges.view(id).can().countersign()).isTrue();
        PledgeSignature countersignature = pledges.sign(id, hash(id), PASSWORD, "127.0.0.1");
        assertThat(countersignature.getRole()).isEqualTo(SignatureRole.HEAD);
        PledgeView view = pledges.view(id);
        assertThat(view.pledge().getStatus()).isEqualTo(PledgeStatus.COMPLETED);
        assertThat(view.signed()).isEqualTo(3);
        assertThat(view.can().export()).isTrue();
        assertThat(view.can().withdraw()).isFalse();
        assertThat(pledges.verify(view.pledge().getVerifyCode()).intact()).isTrue();
    }

    @Test
    void aMemberCanDeclineWithAReasonAndSignLater() {
        long id = openPledge();
        cluster.signIn("m2");
        pledges.decline(id, hash(id), "Chưa thống nhất chỉ tiêu", "127.0.0.1");
        assertThat(pledges.view(id).can().sign()).isTrue();
        assertThat(pledges.view(id).can().decline()).isFalse();
        pledges.sign(id, hash(id), PASSWORD, "127.0.0.1");
        assertThat(jdbc.queryForList(
                        "select answer || '/' || status from pledge_signature where pledge_id = ? order by id",
                        String.class,
                        id))
                .containsExactly("DECLINED/SUPERSEDED", "SIGNED/VALID");
        assertThat(notificationsOf(cluster.username("head")))
                .anyMatch(key -> key.equals("notification.pledge.declined"));
    }

    @Test
    void withdrawingVoidsTheSignaturesKeepsThemAndTellsTheSigners() {
        long id = openPledge();
        signAs("m1", id);
        cluster.signIn("m1");
        assertThatThrownBy(() -> pledges.withdraw(id, pledges.view(id).pledge().getVersion(), "Sửa"))
                .isInstanceOf(AccessDeniedException.class);
        cluster.signIn("head");
        pledges.withdraw(id, pledges.view(id).pledge().getVersion(), "Bổ sung chỉ tiêu");
        assertThat(pledges.view(id).pledge().getStatus()).isEqualTo(PledgeStatus.DRAFT);
        assertThat(jdbc.queryForObject(
                        "select status || ':' || void_reason from pledge_signature where pledge_id = ?",
                        String.class,
                        id))
                .isEqualTo("VOID:Bổ sung chỉ tiêu");
        assertThat(notificationsOf(cluster.member(1))).contains("notification.pledge.withdrawn");
        assertThat(notificationsOf(cluster.member(2))).doesNotContain("notification.pledge.withdrawn");
        assertThat(jdbc.queryForList(
                        "select to_status from pledge_status_change where pledge_id = ? order by id", String.class, id))
                .containsExactly("DRAFT", "OPEN", "WITHDRAWN", "DRAFT");
    }

    @Test
    void nobodyEditsAnOpenPledge() {
        long id = openPledge();
        cluster.signIn("admin");
        Pledge pledge = pledges.view(id).pledge();
        assertThatThrownBy(() -> pledges.saveDraft(id, pledge.getVersion(), pledge.content()))
                .hasMessageContaining("pledge.frozen");
    }

    @Test
    void signaturesAreNeverDeletedNorRewritten() {
        long id = openPledge();
        signAs("m1", id);
        assertThatThrownBy(() -> jdbc.update("delete from pledge_signature where pledge_id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("never deleted");
        assertThatThrownBy(() ->
                        jdbc.update("update pledge_signature set signer_name = 'Người khác' where pledge_id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("never changes");
        jdbc.update("update pledge_signature set status = 'VOID' where pledge_id = ?", id);
        assertThatThrownBy(() -> jdbc.update("update pledge_signature set status = 'VALID' where pledge_id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("cannot go from VOID to VALID");
        assertThat(jdbc.queryForObject("select count(*) from pledge_signature where pledge_id = ?", Integer.class, id))
                .isEqualTo(1);
    }

    @Test
    void theVerificationReportsASignatureBrokenWhenTheStoredTextChangesInSql() {
        long id = completedPledge();
        String code = pledges.view(id).pledge().getVerifyCode();
        assertThat(pledges.verify(code).intact()).isTrue();

        jdbc.update("update pledge_target set name = name || ' (sửa lén)' where pledge_id = ? and position = 0", id);

        Verification tampered = pledges.verify(code);
        assertThat(tampered.intact()).isFalse();
        assertThat(tampered.signatures()).hasSize(4).noneMatch(Verification.SignatureCheck::intact);
    }

    @Test
    void theVerificationReportsBrokenWhenThePreambleOrAMemberValueChanges() {
        long id = completedPledge();
        String code = pledges.view(id).pledge().getVerifyCode();
        jdbc.update("update pledge set preamble = preamble || '.' where id = ?", id);
        assertThat(pledges.verify(code).intact()).isFalse();
        jdbc.update("update pledge set preamble = left(preamble, length(preamble) - 1) where id = ?", id);
        assertThat(pledges.verify(code).intact()).isTrue();
    }

    @Test
    void aSignatureWhoseStoredHashWasForgedIsReportedBroken() {
        long id = completedPledge();
        String code = pledges.view(id).pledge().getVerifyCode();
        // Only someone who switches the database's triggers off can do this (the tables' owner, not the
        // application's account); the page must still tell.
        asDatabaseOwner(owner -> {
            owner.execute("alter table pledge_signature disable trigger pledge_signature_no_delete");
            owner.update(
                    "update pledge_signature set text_hash = ? where pledge_id = ? and role = 'HEAD'",
                    "0".repeat(64),
                    id);
            owner.execute("alter table pledge_signature enable trigger pledge_signature_no_delete");
        });
        Verification verification = pledges.verify(code);
        assertThat(verification.intact()).isFalse();
        assertThat(verification.signatures())
                .filteredOn(check -> !check.intact())
                .singleElement()
                .satisfies(check -> assertThat(check.signature().getRole()).isEqualTo(SignatureRole.HEAD));
    }

    @Test
    void theHeadRemindsOnlyTheUnitsThatHaveNotSigned() {
        long id = openPledge();
        signAs("m1", id);
        cluster.signIn("m2");
        assertThatThrownBy(() -> pledges.remind(id)).isInstanceOf(AccessDeniedException.class);
        cluster.signIn("head");
        assertThat(pledges.remind(id)).isEqualTo(2);
        assertThat(notificationsOf(cluster.member(1))).doesNotContain("notification.pledge.reminder");
        assertThat(notificationsOf(cluster.member(2)))
                .contains("notification.pledge.reminder", "notification.pledge.opened");
        assertThat(notificationsOf(cluster.member(3))).contains("notification.pledge.reminder");
    }

    @Test
    void aCompletedPledgesTargetsAreWhatEachUnitReportsAgainst() {
        Pledge pledge = draft();
        long first = cluster.memberUnits.get(0);
        long second = cluster.memberUnits.get(1);
        pledges.saveDraft(
                pledge.getId(),
                pledge.getVersion(),
                new PledgeContent(
                        "Giao ước",
                        null,
                        null,
                        null,
                        List.of(
                                TargetDraft.common(
                                        PledgeField.ECONOMY_SOCIETY,
                                        "Thu ngân sách",
                                        "% dự toán",
                                        new BigDecimal("100")),
                                new TargetDraft(
                                        PledgeField.ECONOMY_SOCIETY,
                                        "Xã nông thôn mới",
                                        "xã",
                                        null,
                                        Map.of(first, new BigDecimal("2"), second, BigDecimal.ONE))),
                        null));
        assertThat(pledges.committedTargets(cluster.termId, first)).isEmpty();
        pledges.open(pledge.getId(), pledges.view(pledge.getId()).pledge().getVersion(), DEADLINE);
        signAs("m1", pledge.getId());
        signAs("m2", pledge.getId());
        signAs("m3", pledge.getId());
        signAs("head", pledge.getId());
        assertThat(pledges.committedTargets(cluster.termId, first))
                .extracting(CommittedTarget::name, t -> t.value().stripTrailingZeros())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Thu ngân sách", new BigDecimal("1E+2")),
                        org.assertj.core.groups.Tuple.tuple("Xã nông thôn mới", new BigDecimal("2")));
        assertThat(pledges.committedTargets(cluster.termId, cluster.memberUnits.get(2)))
                .extracting(CommittedTarget::value)
                .element(1)
                .isNull();
    }

    @Test
    void theProvinceSeesEveryClusterYearWithItsProgressAndMembersOnlyTheirOwn() {
        long id = openPledge();
        signAs("m1", id);
        cluster.signIn("review");
        assertThat(pledges.overview(2021)).singleElement().satisfies(row -> {
            assertThat(row.pledgeStatus()).isEqualTo(PledgeStatus.OPEN);
            assertThat(row.signed()).isEqualTo(1);
            assertThat(row.members()).isEqualTo(3);
        });
        cluster.signIn("out");
        assertThat(pledges.overview(2021)).isEmpty();
        cluster.signIn("m2");
        assertThat(pledges.overview(2021)).hasSize(1);
        assertThatThrownBy(() -> pledges.overviewForExport(2021)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theDemoPledgesShowBothStates() {
        PledgeFixture.signInAs(jdbc, "kiengiang");
        long kg = pledges.pledgeOfTerm(termId("KG", "CUM3", 2021)).orElseThrow();
        PledgeView completed = pledges.view(kg);
        assertThat(completed.pledge().getStatus()).isEqualTo(PledgeStatus.COMPLETED);
        assertThat(completed.pledge().validSignatures())
                .hasSize(5)
                .last()
                .satisfies(s -> assertThat(s.getUnitName()).contains("Kiên Hải"));
        assertThat(completed.pledge().getCompletedAtLocal().toLocalDate()).isEqualTo(LocalDate.of(2021, 3, 24));
        assertThat(pledges.verify(completed.pledge().getVerifyCode()).intact()).isTrue();

        PledgeFixture.signInAs(jdbc, "anphu");
        long ag = pledges.pledgeOfTerm(termId("AG", "CUM2", 2021)).orElseThrow();
        assertThat(pledges.view(ag).pledge().getStatus()).isEqualTo(PledgeStatus.OPEN);
        assertThat(pledges.view(ag).can().sign()).isTrue();
        PledgeFixture.signInAs(jdbc, "cumtruong2");
        assertThat(pledges.view(ag).can().withdraw()).isTrue();
        assertThat(pledges.view(ag).can().countersign()).isFalse();
    }

    List<String> notificationsOf(String username) {
        return jdbc.queryForList(
                "select n.message_key from notification n join app_user u on u.id = n.user_id where u.username = ?",
                String.class,
                username);
    }

    /** Signs in as an administrator of another organiser, who must not even see the fixture's cluster. */
    static final class FixtureAdmins {
        static void otherOrganizer(org.springframework.jdbc.core.JdbcTemplate jdbc) {
            PledgeFixture.signInAs(jdbc, "kiengiang");
        }
    }
}

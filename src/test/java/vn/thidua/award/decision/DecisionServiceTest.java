package vn.thidua.award.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.award.type.FieldProblem;
import vn.thidua.common.DisplayFormat;
import vn.thidua.support.IntegrationTest;

/**
 * Recording decisions from the accepted items of reviewed proposals, once per item, by administrators of the
 * organiser only; the year moved on and the people told; revocation and amendment by a later decision; decisions
 * never changed afterwards.
 */
class DecisionServiceTest extends IntegrationTest {

    @Autowired
    DecisionService decisions;

    @Autowired
    TransactionTemplate tx;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static String number() {
        return UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "/QĐ-UBND";
    }

    static DecisionCommand command(String number, String date, List<DecisionCommand.Choice> choices) {
        return new DecisionCommand(
                number,
                date,
                "Ủy ban nhân dân tỉnh An Giang",
                "Lê Văn Ký",
                "Chủ tịch",
                "Về việc tặng Cờ thi đua và Bằng khen năm 2020",
                2020,
                choices);
    }

    static DecisionCommand.Choice choice(long item, String achievement) {
        return new DecisionCommand.Choice(item, achievement);
    }

    private int notificationsOf(String username) {
        return jdbc.queryForObject(
                "select count(*) from notification n join app_user u on u.id = n.user_id where u.username = ? and n.message_key = 'decision.notify.recorded'",
                Integer.class,
                username);
    }

    private static List<String> fields(Throwable e) {
        return ((DecisionInvalid) e)
                .problems().stream().map(FieldProblem::field).toList();
    }

    private static List<String> keys(Throwable e) {
        return ((DecisionInvalid) e).problems().stream().map(FieldProblem::key).toList();
    }

    @Test
    void anAdministratorRecordsADecisionFromAcceptedItemsOfTwoProposals() {
        ReviewedProposalFixture first = ReviewedProposalFixture.submitted(jdbc).review(true);
        ReviewedProposalFixture second = ReviewedProposalFixture.reviewed(jdbc);
        first.as("admin");
        Set<Long> offered = decisions.form().groups().stream()
                .flatMap(g -> g.items().stream())
                .map(DecisionForm.Candidate::itemId)
                .collect(Collectors.toSet());
        // Accepted items of reviewed proposals are offered; a rejected one is not.
        assertThat(offered).contains(first.items.get(0), first.items.get(1), second.items.get(0));
        assertThat(offered).doesNotContain(first.items.get(2));

        Decision decision = decisions.record(command(
                number(),
                "25/01/2021",
                List.of(
                        choice(first.items.get(0), "Dẫn đầu cụm " + first.tag),
                        choice(second.items.get(0), "Dẫn đầu cụm " + second.tag),
                        choice(second.items.get(1), "Hoàn thành xuất sắc"))));

        List<String> granted = jdbc.queryForList(
                "select achievement from award_granted where decision_id = ? order by id",
                String.class,
                decision.getId());
        assertThat(granted)
                .containsExactly("Dẫn đầu cụm " + first.tag, "Dẫn đầu cụm " + second.tag, "Hoàn thành xuất sắc");
        assertThat(jdbc.queryForList(
                        "select proposal_item_id from award_granted where decision_id = ? order by id",
                        Long.class,
                        decision.getId()))
                .containsExactly(first.items.get(0), second.items.get(0), second.items.get(1));
        assertThat(jdbc.queryForList(
                        "select register_number from award_granted where decision_id = ?",
                        String.class,
                        decision.getId()))
                .allSatisfy(n -> assertThat(n).startsWith("2021/"));
        assertThat(decision.getSource()).isEqualTo(DecisionSource.RECORDED);
        // Both cluster-years moved on to their decided step.
        assertThat(first.status()).isEqualTo("DECIDED");
        assertThat(second.status()).isEqualTo("DECIDED");
        // The heads and the awarded units are told; a unit not awarded is not.
        assertThat(notificationsOf(first.officers.get(0))).isEqualTo(1);
        assertThat(notificationsOf(second.officers.get(1))).isEqualTo(1);
        assertThat(notificationsOf(first.officers.get(2))).isZero();
        // Audited.
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'DECISION_RECORDED' and entity_id = ?",
                        Integer.class,
                        decision.getId()))
                .isEqualTo(1);
        // The items decided are no longer offered; the one left is.
        Set<Long> left = decisions.form().groups().stream()
                .flatMap(g -> g.items().stream())
                .map(DecisionForm.Candidate::itemId)
                .collect(Collectors.toSet());
        assertThat(left).contains(first.items.get(1)).doesNotContain(first.items.get(0), second.items.get(0));
    }

    @Test
    void anItemIsDecidedOnce() {
        ReviewedProposalFixture f = ReviewedProposalFixture.reviewed(jdbc);
        f.as("admin");
        decisions.record(command(number(), "25/01/2021", List.of(choice(f.items.get(0), "Dẫn đầu"))));

        assertThatThrownBy(() ->
                        decisions.record(command(number(), "26/01/2021", List.of(choice(f.items.get(0), "Dẫn đầu")))))
                .isInstanceOf(DecisionInvalid.class)
                .satisfies(e -> assertThat(keys(e)).containsExactly("decision.items.unavailable"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from award_granted where proposal_item_id = ?", Integer.class, f.items.get(0)))
                .isEqualTo(1);
    }

    @Test
    void twoAdministratorsRacingForTheSameItemDecideItOnce() throws Exception {
        ReviewedProposalFixture f = ReviewedProposalFixture.reviewed(jdbc);
        long item = f.items.get(0);
        CountDownLatch firstWrote = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Long> first = pool.submit(() -> {
                f.as("admin");
                try {
                    return tx.execute(status -> {
                        Decision d = decisions.record(command(number(), "25/01/2021", List.of(choice(item, "Một"))));
                        firstWrote.countDown();
                        try {
                            commitFirst.await(10, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return d.getId();
                    });
                } finally {
                    SecurityContextHolder.clearContext();
                }
            });
            assertThat(firstWrote.await(30, TimeUnit.SECONDS)).isTrue();
            Future<Long> second = pool.submit(() -> {
                f.as("admin");
                try {
                    return decisions
                            .record(command(number(), "25/01/2021", List.of(choice(item, "Hai"))))
                            .getId();
                } finally {
                    SecurityContextHolder.clearContext();
                }
            });
            // The second has checked the item (still free for it) and waits for the first to finish.
            Thread.sleep(1500);
            commitFirst.countDown();
            long firstId = first.get(30, TimeUnit.SECONDS);
            assertThatThrownBy(() -> second.get(30, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(DecisionInvalid.class)
                    .satisfies(e -> assertThat(keys(e.getCause())).containsExactly("decision.items.decidedMeanwhile"));
            assertThat(jdbc.queryForList(
                            "select decision_id from award_granted where proposal_item_id = ?", Long.class, item))
                    .containsExactly(firstId);
        } finally {
            commitFirst.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void onlyAnAdministratorOfTheOrganiserRecords() {
        ReviewedProposalFixture f = ReviewedProposalFixture.reviewed(jdbc);
        DecisionCommand command = command(number(), "25/01/2021", List.of(choice(f.items.get(0), "Dẫn đầu")));
        for (String user : List.of("thamdinh", f.officers.get(0), f.officers.get(1), "cumtruong2")) {
            f.as(user);
            assertThatThrownBy(() -> decisions.record(command)).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> decisions.form()).as(user).isInstanceOf(AccessDeniedException.class);
        }
        // Another province's administrator cannot reach An Giang's items.
        f.as("kiengiang");
        assertThat(decisions.form().groups())
                .noneMatch(g -> g.items().stream().anyMatch(i -> f.items.contains(i.itemId())));
        assertThatThrownBy(() -> decisions.record(command))
                .isInstanceOf(DecisionInvalid.class)
                .satisfies(e -> assertThat(keys(e)).contains("decision.items.unavailable"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from award_granted where proposal_item_id = ?", Integer.class, f.items.get(0)))
                .isZero();
        assertThat(f.status()).isEqualTo("PROPOSAL");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        ReviewedProposalFixture f = ReviewedProposalFixture.reviewed(jdbc);
        f.as("admin");
        String tomorrow = DisplayFormat.DATE.format(LocalDate.now().plusDays(2));
        assertThatThrownBy(() -> decisions.record(new DecisionCommand(
                        " ", tomorrow, "", "Lê Văn Ký", "x".repeat(201), "Về việc", 2020, List.of())))
                .isInstanceOf(DecisionInvalid.class)
                .satisfies(e -> assertThat(fields(e))
                        .containsExactlyInAnyOrder("number", "decidedOn", "authority", "signerTitle", "items"));
        assertThatThrownBy(() -> decisions.record(command(
                        number(),
                        "31/12/2019",
                        List.of(choice(f.items.get(0), "\u0000"), choice(f.items.get(1), " ")))))
                .isInstanceOf(DecisionInvalid.class)
                .satisfies(e -> assertThat(fields(e))
                        .containsExactlyInAnyOrder(
                                "decidedOn",
                                "achievements[" + f.items.get(0) + "]",
                                "achievements[" + f.items.get(1) + "]"));
        String taken = number();
        decisions.record(command(taken, "25/01/2021", List.of(choice(f.items.get(0), "Dẫn đầu"))));
        assertThatThrownBy(() -> decisions.record(
                        command(taken.toLowerCase(), "25/01/2021", List.of(choice(f.items.get(1), "Hoàn thành")))))
                .isInstanceOf(DecisionInvalid.class)
                .satisfies(e -> assertThat(keys(e)).containsExactly("decision.number.taken"));
    }

    @Test
    void aLaterDecisionRevokesOneAwardAndAmendsAnotherAndBothStayVisible() {
        ReviewedProposalFixture f = ReviewedProposalFixture.reviewed(jdbc);
        f.as("admin");
        Decision earlier = decisions.record(command(
                number(),
                "25/01/2021",
                List.of(choice(f.items.get(0), "Dẫn đầu cụm"), choice(f.items.get(1), "Hoàn thành xuat sac"))));
        List<Long> awards = jdbc.queryForList(
                "select id from award_granted where decision_id = ? order by id", Long.class, earlier.getId());
        String laterNumber = number();
        TakeBackCommand.Change revoke = new TakeBackCommand.Change(
                awards.get(0), RevocationKind.REVOKED, "Khai không đúng thành tích", null, null, null);
        TakeBackCommand.Change amend = new TakeBackCommand.Change(
                awards.get(1), RevocationKind.AMENDED, "Sửa lỗi chính tả", "Hoàn thành xuất sắc", null, null);

        assertThatThrownBy(() -> decisions.takeBack(
                        earlier.getId(),
                        new TakeBackCommand(
                                laterNumber,
                                "24/01/2021",
                                "UBND",
                                "Lê Văn Ký",
                                "Chủ tịch",
                                "Về việc thu hồi",
                                List.of(revoke))))
                .isInstanceOf(DecisionInvalid.class)
                .satisfies(e -> assertThat(keys(e)).containsExactly("decision.takeBack.notLater"));
        assertThatThrownBy(() -> decisions.takeBack(
                        earlier.getId(),
                        new TakeBackCommand(
                                laterNumber,
                                "01/03/2021",
                                "UBND",
                                "Lê Văn Ký",
                                "Chủ tịch",
                                "Về việc thu hồi",
                                List.of(new TakeBackCommand.Change(
                                        awards.get(0), RevocationKind.REVOKED, " ", null, null, null)))))
                .isInstanceOf(DecisionInvalid.class)
                .satisfies(e -> assertThat(fields(e)).containsExactly("reasons[" + awards.get(0) + "]"));
        f.as("thamdinh");
        assertThatThrownBy(() -> decisions.takeBack(
                        earlier.getId(),
                        new TakeBackCommand(
                                laterNumber,
                                "01/03/2021",
                                "UBND",
                                "Lê Văn Ký",
                                "Chủ tịch",
                                "Về việc thu hồi",
                                List.of(revoke))))
                .isInstanceOf(AccessDeniedException.class);

        f.as("admin");
        Decision later = decisions.takeBack(
                earlier.getId(),
                new TakeBackCommand(
                        laterNumber,
                        "01/03/2021",
                        "Ủy ban nhân dân tỉnh An Giang",
                        "Lê Văn Ký",
                        "Chủ tịch",
                        "Về việc thu hồi và sửa đổi khen thưởng",
                        List.of(revoke, amend)));

        assertThat(jdbc.queryForList(
                        "select kind from award_revocation where decision_id = ? order by granted_id",
                        String.class,
                        later.getId()))
                .containsExactly("REVOKED", "AMENDED");
        assertThat(jdbc.queryForObject(
                        "select achievement from award_granted where decision_id = ? and amends_id = ?",
                        String.class,
                        later.getId(),
                        awards.get(1)))
                .isEqualTo("Hoàn thành xuất sắc");
        DecisionPage first = decisions.page(earlier.getId());
        assertThat(first.awards()).allSatisfy(line -> {
            assertThat(line.isTakenBack()).isTrue();
            assertThat(line.mark().by().id()).isEqualTo(later.getId());
        });
        assertThat(first.awards().get(0).mark().kind()).isEqualTo(RevocationKind.REVOKED);
        assertThat(first.awardsTakenBack()).isEqualTo(2);
        DecisionPage second = decisions.page(later.getId());
        assertThat(second.takenBack()).hasSize(2);
        assertThat(second.awards())
                .singleElement()
                .satisfies(line -> assertThat(line.amends().id()).isEqualTo(earlier.getId()));
        // An award taken back cannot be taken back again.
        assertThatThrownBy(() -> decisions.takeBack(
                        earlier.getId(),
                        new TakeBackCommand(
                                number(),
                                "02/03/2021",
                                "UBND",
                                "Lê Văn Ký",
                                "Chủ tịch",
                                "Về việc thu hồi",
                                List.of(revoke))))
                .isInstanceOf(DecisionInvalid.class)
                .satisfies(e -> assertThat(keys(e)).containsExactly("decision.takeBack.unavailable"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'DECISION_AWARDS_TAKEN_BACK' and entity_id = ?",
                        Integer.class,
                        later.getId()))
                .isEqualTo(1);
    }

    @Test
    void aRecordedDecisionNeverChangesThroughTheServiceOrInSql() {
        ReviewedProposalFixture f = ReviewedProposalFixture.reviewed(jdbc);
        f.as("admin");
        Decision decision =
                decisions.record(command(number(), "25/01/2021", List.of(choice(f.items.get(0), "Dẫn đầu"))));
        decisions.attach(decision.getId(), "quyet-dinh.pdf", pdf());
        assertThatThrownBy(() -> decisions.attach(decision.getId(), "khac.pdf", pdf()))
                .isInstanceOf(DecisionException.class)
                .hasMessageContaining("decision.file.exists");
        assertThatThrownBy(() -> decisions.requireFileUpload(decision.getId())).isInstanceOf(DecisionException.class);
        assertThat(jdbc.queryForObject(
                        "select sha256 from award_decision_file where decision_id = ?", String.class, decision.getId()))
                .hasSize(64);

        assertThatThrownBy(
                        () -> jdbc.update("update award_decision set subject = 'khác' where id = ?", decision.getId()))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update(
                        "update award_granted set achievement = 'khác' where decision_id = ?", decision.getId()))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update(
                        "update award_decision_file set file_name = 'khac.pdf' where decision_id = ?",
                        decision.getId()))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("delete from award_decision_file where decision_id = ?", decision.getId()))
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void theSignedFileMustBeAPdf() {
        ReviewedProposalFixture f = ReviewedProposalFixture.reviewed(jdbc);
        f.as("admin");
        Decision decision =
                decisions.record(command(number(), "25/01/2021", List.of(choice(f.items.get(0), "Dẫn đầu"))));
        assertThatThrownBy(() -> decisions.attach(decision.getId(), "quyet-dinh.pdf", "<html>".getBytes()))
                .hasMessageContaining("decision.file.notPdf");
        assertThatThrownBy(() -> decisions.attach(decision.getId(), "quyet-dinh.exe", pdf()))
                .hasMessageContaining("decision.file.notPdf");
        assertThatThrownBy(() -> decisions.attach(decision.getId(), "big.pdf", new byte[DecisionFile.MAX_BYTES + 1]))
                .hasMessageContaining("decision.file.tooLarge");
        f.as("thamdinh");
        assertThatThrownBy(() -> decisions.attach(decision.getId(), "quyet-dinh.pdf", pdf()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theStaffTheAwardedUnitsAndTheHeadReadADecisionOthersDoNot() {
        ReviewedProposalFixture f = ReviewedProposalFixture.reviewed(jdbc);
        f.as("admin");
        Decision decision =
                decisions.record(command(number(), "25/01/2021", List.of(choice(f.items.get(1), "Hoàn thành"))));
        for (String reader : List.of("admin", "thamdinh", f.officers.get(0), f.officers.get(1))) {
            f.as(reader);
            assertThat(decisions.page(decision.getId()).decision().getId())
                    .as(reader)
                    .isEqualTo(decision.getId());
        }
        for (String other : List.of(f.officers.get(2), "anphu", "kiengiang", "trunguong")) {
            f.as(other);
            assertThatThrownBy(() -> decisions.page(decision.getId()))
                    .as(other)
                    .isInstanceOf(AccessDeniedException.class);
        }
        f.as("anphu");
        assertThatThrownBy(() -> decisions.list(0, null, org.springframework.data.domain.PageRequest.of(0, 20)))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** A small valid PDF. */
    static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes();
    }

    @Test
    void anAmendmentCorrectsAPersonsNameAndPosition() {
        ReviewedProposalFixture f = ReviewedProposalFixture.reviewed(jdbc);
        f.as("admin");
        DecisionFixture earlier = DecisionFixture.record(jdbc, f.organizer, 2019);
        long award = earlier.grant(
                DecisionFixture.awardType(jdbc, "AG", "BK_CHU_TICH"),
                f.units.get(0),
                "Nguyễn Văn Sai",
                "Chuyen vien",
                "Hoàn thành xuất sắc nhiệm vụ");
        TakeBackCommand.Change blank = new TakeBackCommand.Change(
                award, RevocationKind.AMENDED, "Sai họ tên", "Hoàn thành xuất sắc nhiệm vụ", " ", "Chuyên viên");
        assertThatThrownBy(() -> decisions.takeBack(
                        earlier.decisionId,
                        new TakeBackCommand(
                                number(),
                                "01/03/2020",
                                "UBND",
                                "Lê Văn Ký",
                                "Chủ tịch",
                                "Về việc sửa đổi",
                                List.of(blank))))
                .isInstanceOf(DecisionInvalid.class)
                .satisfies(e -> assertThat(fields(e)).containsExactly("names[" + award + "]"));

        TakeBackCommand.Change amend = new TakeBackCommand.Change(
                award,
                RevocationKind.AMENDED,
                "Sai họ tên",
                "Hoàn thành xuất sắc nhiệm vụ",
                "Nguyễn Văn Đúng",
                "Chuyên viên");
        Decision later = decisions.takeBack(
                earlier.decisionId,
                new TakeBackCommand(
                        number(), "01/03/2020", "UBND", "Lê Văn Ký", "Chủ tịch", "Về việc sửa đổi", List.of(amend)));

        assertThat(jdbc.queryForMap(
                        "select person_name, person_position, unit_id from award_granted where decision_id = ? and amends_id = ?",
                        later.getId(),
                        award))
                .containsEntry("person_name", "Nguyễn Văn Đúng")
                .containsEntry("person_position", "Chuyên viên")
                .containsEntry("unit_id", f.units.get(0));
        assertThat(jdbc.queryForObject("select person_name from award_granted where id = ?", String.class, award))
                .isEqualTo("Nguyễn Văn Sai");
    }
}

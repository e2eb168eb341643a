package vn.thidua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.thidua.award.decision.DecisionFixture;
import vn.thidua.award.decision.ReviewedProposalFixture;
import vn.thidua.common.Flash;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Users;

/**
 * Walks every form and every list of the application with what a careless or hostile user sends: texts of 5,000
 * characters, NUL bytes, other control characters and direction overrides, numbers of twenty digits, page numbers at
 * the integer limit and negative sizes. None may give a server error; a form refuses with a message beside the field and
 * shows the form again (or, for the small forms of a page, a message on the page it leads back to), never a redirect
 * that silently drops what was typed. Every POST endpoint of the application is walked: a test fails when one is added
 * without being walked here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest extends IntegrationTest {

    static final String LONG = "x".repeat(5000);
    static final String NUL = "a\u0000b";
    static final String CONTROL = "a\u0007b\u202Ec";
    static final String HUGE = "99999999999999999999";
    static final List<String> TEXTS = List.of(LONG, NUL, CONTROL);
    static final List<String> NUMBERS = List.of(HUGE, "-" + HUGE, "1e999999999");

    /** Endpoints walked only for "no server error": their input is a file another page handles, or ids and buttons. */
    static final Set<String> BUTTONS = Set.of(
            "/admin/units/import",
            "/admin/units/import/{token}",
            "/admin/award-history/import",
            "/admin/award-history/import/{token}",
            "/admin/scoring/tables/{id}/import",
            "/scoring/sheets/{id}/import",
            "/scoring/sheets/{id}/evidence",
            "/scoring/sheets/{id}/evidence/{evidenceId}/delete",
            "/admin/scoring/tables/{id}/nodes/{nodeId}/delete",
            "/admin/users/{id}/disable",
            "/admin/users/{id}/enable",
            "/notifications/{id}/open",
            "/notifications/read-all",
            "/pledges/term/{termId}/draft",
            "/pledges/{id}/remind",
            "/admin/clusters/{clusterId}/years/{year}/members/remove",
            "/admin/scoring/rounds/{id}/deadlines",
            "/award/cluster-years/{id}/minutes/scan",
            "/admin/award-types/{id:\\d+}/deactivate",
            "/admin/award-types/{id:\\d+}/reactivate",
            "/registrations/register",
            "/registrations/withdraw",
            "/admin/award-registrations/deadline",
            "/proposals/term/{termId}/start",
            "/proposals/term/{termId}/items/{itemId}/delete",
            "/proposals/term/{termId}/documents",
            "/proposals/term/{termId}/documents/{documentId}/delete",
            "/proposals/term/{termId}/submit",
            "/review/proposals/{id}/conclude",
            "/decisions/draft.docx",
            "/decisions/{id:\\d+}/file",
            "/admin/publicity",
            "/onward/start",
            "/onward/{id}/items",
            "/onward/{id}/items/{itemId}/delete",
            "/onward/{id}/submit",
            "/onward/{id}/conclude");

    /** Fields whose text is not shown again as typed: choices, hidden fields, passwords, a year picked from a list. */
    static final Set<String> NOT_SHOWN_AGAIN =
            Set.of("year", "unitIds", "headUnitId", "textHash", "password", "openReason", "outcome");

    static final Set<String> LONG_TEXTS = Set.of("preamble", "goals", "commitments", "body");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final List<Probe> probes = new ArrayList<>();

    private String tag;
    private long clusterId;
    private long termId;
    private long unitA;
    private long unitB;
    private long unitC;
    private String head;
    private String officerB;
    private String officerC;
    private long tableId;
    private long nodeManual;
    private long nodeFigure;
    private long roundId;
    private long sheetC;
    private String reviewHead;
    private String reviewedOfficer;
    private long submittedSheet;
    private long reviewedSheet;
    private long explainedSheet;
    private long pledgeCluster;
    private long setUpCluster;
    private long setUpUnit;
    private long pledgeTerm;
    private long pledgeId;
    private String pledgeMember;
    private String userWithPassword;
    private long minutesTerm;
    private String minutesHead;
    private long minutesAbsent;
    private long editedUser;
    private long awardTypeId;
    private long proposalTerm;
    private long proposalType;
    private long proposalUnit;
    private String proposalHead;
    private long proposalItem;
    private vn.thidua.award.proposal.SubmittedProposals.Submitted reviewed;

    @Autowired
    vn.thidua.award.proposal.ProposalService proposalService;

    private long decisionItem;
    private long decisionId;
    private long decisionAward;

    /** One request of the walk: who sends it, what, and what must come back. */
    record Probe(
            String name,
            String user,
            String pattern,
            AbstractMockHttpServletRequestBuilder<?> request,
            Expect expect,
            String kept) {}

    enum Expect {
        /** A form: it comes back with a message (or a redirect whose page shows one); nothing is saved. */
        REFUSED,
        /** A list or a button: any answer but a server error. */
        NO_SERVER_ERROR
    }

    @BeforeAll
    void createData() throws Exception {
        tag = "H"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 7).toUpperCase();
        long organizer = idOf("select id from organizer where code = 'AG'");
        clusterId = idOf(
                "insert into cluster (organizer_id, code, name, kind) values (?, ?, ?, 'CLUSTER') returning id",
                organizer,
                tag,
                "Cụm nhập liệu " + tag);
        // Members join while the year is set up; the year then stands where the walk needs it.
        termId = idOf(
                "insert into cluster_term (cluster_id, year, status) values (?, 2021, 'SET_UP') returning id",
                clusterId);
        unitA = unit(organizer, "A");
        unitB = unit(organizer, "B");
        unitC = unit(organizer, "C");
        jdbc.update(
                "insert into cluster_member (term_id, unit_id, role) values (?, ?, 'HEAD'), (?, ?, 'MEMBER'), (?, ?, 'MEMBER')",
                termId,
                unitA,
                termId,
                unitB,
                termId,
                unitC);
        jdbc.update("update cluster_term set status = 'SCORING' where id = ?", termId);
        head = user(organizer, "a", "CLUSTER_HEAD", unitA);
        officerB = user(organizer, "b", "UNIT_OFFICER", unitB);
        officerC = user(organizer, "c", "UNIT_OFFICER", unitC);
        userWithPassword = user(organizer, "p", "UNIT_OFFICER", unitC);
        editedUser = idOf("select id from app_user where username = ?", officerB);
        awardTypeId = idOf(
                "insert into award_type (organizer_id, code, name, category, level, recipient, vote_base, "
                        + "vote_share_percent, vote_share_strict) values (?, ?, ?, 'TITLE', 'PROVINCE', 'COLLECTIVE', "
                        + "'MEMBERS', 50, true) returning id",
                organizer,
                tag,
                "Danh hiệu nhập liệu " + tag);

        // A criteria table of 100 points: I (100) = I.1 manual 60 + I.2 figure 40 with evidence.
        send(
                "admin",
                post("/admin/scoring/tables/new")
                        .param("year", "2021")
                        .param("name", "Bảng nhập liệu " + tag)
                        .param("totalMax", "100")
                        .param("clusterIds", String.valueOf(clusterId)));
        tableId = idOf("select id from criteria_table where name = ?", "Bảng nhập liệu " + tag);
        send(
                "admin",
                post("/admin/scoring/tables/" + tableId + "/nodes/new")
                        .param("nodeType", "GROUP")
                        .param("code", "I")
                        .param("description", "Nhóm I")
                        .param("maxPoints", "100"));
        long group = idOf("select id from criterion_node where table_id = ? and code = 'I'", tableId);
        send(
                "admin",
                post("/admin/scoring/tables/" + tableId + "/nodes/new")
                        .param("parentId", String.valueOf(group))
                        .param("nodeType", "CRITERION")
                        .param("code", "I.1")
                        .param("description", "Tiêu chí I.1")
                        .param("maxPoints", "60")
                        .param("kind", "MANUAL"));
        send(
                "admin",
                post("/admin/scoring/tables/" + tableId + "/nodes/new")
                        .param("parentId", String.valueOf(group))
                        .param("nodeType", "CRITERION")
                        .param("code", "I.2")
                        .param("description", "Tiêu chí I.2")
                        .param("maxPoints", "40")
                        .param("kind", "FIGURE_AGAINST_TARGET")
                        .param("evidenceRequired", "true"));
        nodeManual = idOf("select id from criterion_node where table_id = ? and code = 'I.1'", tableId);
        nodeFigure = idOf("select id from criterion_node where table_id = ? and code = 'I.2'", tableId);
        send("admin", post("/admin/scoring/rounds/open").param("termId", String.valueOf(termId)));
        roundId = idOf("select id from scoring_round where term_id = ?", termId);
        jdbc.update(
                "insert into round_target (round_id, node_id, unit_id, target, updated_by) values (?, ?, null, 10, 'admin')",
                roundId,
                nodeFigure);
        sheetC = idOf("select id from score_sheet where round_id = ? and unit_id = ?", roundId, unitC);
        // A second cluster on the same table, under review: one sheet submitted, one reviewed with I.1 cut.
        long reviewCluster = idOf(
                "insert into cluster (organizer_id, code, name, kind) values (?, ?, ?, 'CLUSTER') returning id",
                organizer,
                tag + "R",
                "Cụm thẩm định " + tag);
        long reviewTerm = idOf(
                "insert into cluster_term (cluster_id, year, status) values (?, 2021, 'SET_UP') returning id",
                reviewCluster);
        long reviewHeadUnit = unit(organizer, "RA");
        long submittedUnit = unit(organizer, "RB");
        long reviewedUnit = unit(organizer, "RC");
        long explainedUnit = unit(organizer, "RD");
        jdbc.update(
                "insert into cluster_member (term_id, unit_id, role) values (?, ?, 'HEAD'), (?, ?, 'MEMBER'), (?, ?, 'MEMBER'), (?, ?, 'MEMBER')",
                reviewTerm,
                reviewHeadUnit,
                reviewTerm,
                submittedUnit,
                reviewTerm,
                reviewedUnit,
                reviewTerm,
                explainedUnit);
        jdbc.update("update cluster_term set status = 'SCORING' where id = ?", reviewTerm);
        reviewHead = user(organizer, "ra", "CLUSTER_HEAD", reviewHeadUnit);
        reviewedOfficer = user(organizer, "rc", "UNIT_OFFICER", reviewedUnit);
        jdbc.update(
                "insert into criteria_table_cluster (table_id, cluster_id, year) values (?, ?, 2021)",
                tableId,
                reviewCluster);
        send("admin", post("/admin/scoring/rounds/open").param("termId", String.valueOf(reviewTerm)));
        long reviewRound = idOf("select id from scoring_round where term_id = ?", reviewTerm);
        submittedSheet =
                idOf("select id from score_sheet where round_id = ? and unit_id = ?", reviewRound, submittedUnit);
        reviewedSheet =
                idOf("select id from score_sheet where round_id = ? and unit_id = ?", reviewRound, reviewedUnit);
        explainedSheet =
                idOf("select id from score_sheet where round_id = ? and unit_id = ?", reviewRound, explainedUnit);
        for (long sheet : new long[] {submittedSheet, reviewedSheet, explainedSheet}) {
            jdbc.update(
                    "update score_line set self_value = 30, self_score = 30 where sheet_id = ? and node_id = ?",
                    sheet,
                    nodeManual);
            jdbc.update(
                    "update score_line set self_value = 5, self_target = 10, self_score = 10 where sheet_id = ? and node_id = ?",
                    sheet,
                    nodeFigure);
        }
        jdbc.update(
                "update score_line set review_score = 20, review_reason = 'Thiếu minh chứng' where sheet_id = ? and node_id = ?",
                reviewedSheet,
                nodeManual);
        jdbc.update(
                "update score_line set review_score = 10 where sheet_id = ? and node_id = ?",
                reviewedSheet,
                nodeFigure);
        // The third has been explained: the reviewer may now make its scores final.
        jdbc.update(
                "update score_line set review_score = 20, review_reason = 'Thiếu minh chứng', unit_explanation = 'Đã bổ sung' where sheet_id = ? and node_id = ?",
                explainedSheet,
                nodeManual);
        jdbc.update(
                "update score_line set review_score = 10 where sheet_id = ? and node_id = ?",
                explainedSheet,
                nodeFigure);
        jdbc.update("update score_sheet set status = 'EXPLAINED', submitted_at = now() where id = ?", explainedSheet);
        jdbc.update("update score_sheet set status = 'SUBMITTED', submitted_at = now() where id = ?", submittedSheet);
        jdbc.update("update score_sheet set status = 'REVIEWED', submitted_at = now() where id = ?", reviewedSheet);
        jdbc.update("update scoring_round set status = 'REVIEW' where id = ?", reviewRound);

        // A cluster-year still being set up, whose members and leaders can change.
        setUpCluster = idOf(
                "insert into cluster (organizer_id, code, name, kind) values (?, ?, ?, 'CLUSTER') returning id",
                organizer,
                tag + "S",
                "Cụm thiết lập " + tag);
        long setUpTerm = idOf(
                "insert into cluster_term (cluster_id, year, status) values (?, 2021, 'SET_UP') returning id",
                setUpCluster);
        setUpUnit = unit(organizer, "S");
        jdbc.update(
                "insert into cluster_member (term_id, unit_id, role) values (?, ?, 'MEMBER')", setUpTerm, setUpUnit);

        // A pledge of a cluster of its own: drafted, then opened for signing.
        pledgeCluster = idOf(
                "insert into cluster (organizer_id, code, name, kind) values (?, ?, ?, 'CLUSTER') returning id",
                organizer,
                tag + "P",
                "Cụm giao ước " + tag);
        pledgeTerm = idOf(
                "insert into cluster_term (cluster_id, year, status) values (?, 2021, 'SET_UP') returning id",
                pledgeCluster);
        long pledgeHead = unit(organizer, "PH");
        long pledgeUnit = unit(organizer, "PM");
        jdbc.update(
                "insert into cluster_member (term_id, unit_id, role) values (?, ?, 'HEAD'), (?, ?, 'MEMBER')",
                pledgeTerm,
                pledgeHead,
                pledgeTerm,
                pledgeUnit);
        pledgeMember = user(organizer, "pm", "UNIT_OFFICER", pledgeUnit);
        send("admin", post("/pledges/term/" + pledgeTerm + "/draft").param("source", "TEMPLATE"));
        pledgeId = idOf("select id from pledge where term_id = ?", pledgeTerm);

        // An award proposal of a cluster of its own, started by its head.
        long proposalCluster = idOf(
                "insert into cluster (organizer_id, code, name, kind) values (?, ?, ?, 'CLUSTER') returning id",
                organizer,
                tag + "Q",
                "Cụm đề nghị " + tag);
        proposalTerm = idOf(
                "insert into cluster_term (cluster_id, year, status) values (?, 2021, 'SET_UP') returning id",
                proposalCluster);
        proposalUnit = unit(organizer, "QH");
        jdbc.update(
                "insert into cluster_member (term_id, unit_id, role) values (?, ?, 'HEAD')",
                proposalTerm,
                proposalUnit);
        jdbc.update("update cluster_term set status = 'VOTE' where id = ?", proposalTerm);
        proposalHead = user(organizer, "qh", "CLUSTER_HEAD", proposalUnit);
        proposalType = idOf("""
                insert into award_type (organizer_id, code, name, category, level, recipient, vote_base, vote_share_percent,
                    vote_share_strict) values (?, ?, ?, 'COMMENDATION', 'PROVINCE', 'COLLECTIVE', 'MEMBERS', 50, true)
                returning id""", organizer, tag + "T", "Bằng khen nhập liệu " + tag);
        send(proposalHead, post("/proposals/term/" + proposalTerm + "/start"));
        send(
                proposalHead,
                post("/proposals/term/" + proposalTerm + "/items")
                        .param("awardTypeId", String.valueOf(proposalType))
                        .param("unitId", String.valueOf(proposalUnit))
                        .param("summary", "Thành tích")
                        .param(
                                "version",
                                String.valueOf(version(
                                        "award_proposal",
                                        idOf("select id from award_proposal where term_id = ?", proposalTerm)))));
        proposalItem = idOf(
                "select i.id from award_proposal_item i join award_proposal p on p.id = i.proposal_id where p.term_id = ?",
                proposalTerm);
        // A cluster-year of its own whose vote is closed: its head enters the meeting's minutes.
        long minutesCluster = idOf(
                "insert into cluster (organizer_id, code, name, kind) values (?, ?, ?, 'CLUSTER') returning id",
                organizer,
                tag + "M",
                "Cụm biên bản " + tag);
        minutesTerm = idOf(
                "insert into cluster_term (cluster_id, year, status) values (?, 2021, 'SET_UP') returning id",
                minutesCluster);
        long minutesHeadUnit = unit(organizer, "MH");
        minutesAbsent = unit(organizer, "MA");
        jdbc.update(
                "insert into cluster_member (term_id, unit_id, role) values (?, ?, 'HEAD'), (?, ?, 'MEMBER')",
                minutesTerm,
                minutesHeadUnit,
                minutesTerm,
                minutesAbsent);
        jdbc.update("update cluster_term set status = 'VOTE' where id = ?", minutesTerm);
        jdbc.update(
                "insert into vote (term_id, status, method, members_entitled, ballots_issued, ballots_returned, "
                        + "ballots_valid) values (?, 'CLOSED', 'PAPER', 2, 2, 2, 2)",
                minutesTerm);
        minutesHead = user(organizer, "mh", "CLUSTER_HEAD", minutesHeadUnit);
        createVotes();
        // A submitted proposal of its own for the organiser's review.
        reviewed = vn.thidua.award.proposal.SubmittedProposals.create(jdbc, proposalService);
        // An accepted item of a reviewed proposal to decide, and a recorded decision to revoke or amend.
        decisionItem = ReviewedProposalFixture.reviewed(jdbc).items.get(0);
        DecisionFixture decision = DecisionFixture.record(jdbc, organizer, 2019);
        decisionId = decision.decisionId;
        decisionAward = decision.grant(
                DecisionFixture.awardType(jdbc, "AG", "BK_CHU_TICH"),
                unitId("AG", "AP"),
                "Nguyễn Văn Thử",
                "Chuyên viên",
                "Dẫn đầu cụm");
        createOnward();
    }

    // ---------------------------------------------------------------- onward proposals

    private long onwardDraft;
    private long onwardDraftItem;
    private long onwardSubmitted;
    private long onwardSubmittedItem;
    private long onwardReviewed;

    /** Three onward proposals of years of their own: a draft, one submitted, one whose review is concluded. */
    private void createOnward() throws Exception {
        vn.thidua.award.onward.OnwardFixture draft = vn.thidua.award.onward.OnwardFixture.create(jdbc, 1, "100");
        onwardDraft = onwardWithItem(draft);
        onwardDraftItem = draft.item(draft.govFlag, draft.flagA);
        vn.thidua.award.onward.OnwardFixture submitted = vn.thidua.award.onward.OnwardFixture.create(jdbc, 1, "100");
        onwardSubmitted = onwardWithItem(submitted);
        onwardSubmittedItem = submitted.item(submitted.govFlag, submitted.flagA);
        send("admin", post("/onward/" + onwardSubmitted + "/submit").param("version", onwardVersion(onwardSubmitted)));
        vn.thidua.award.onward.OnwardFixture reviewed = vn.thidua.award.onward.OnwardFixture.create(jdbc, 1, "100");
        onwardReviewed = onwardWithItem(reviewed);
        send("admin", post("/onward/" + onwardReviewed + "/submit").param("version", onwardVersion(onwardReviewed)));
        send(
                "trunguong",
                post("/onward/" + onwardReviewed + "/items/" + reviewed.item(reviewed.govFlag, reviewed.flagA)
                                + "/judge")
                        .param("version", onwardVersion(onwardReviewed))
                        .param("outcome", "ACCEPTED"));
        send(
                "trunguong",
                post("/onward/" + onwardReviewed + "/conclude").param("version", onwardVersion(onwardReviewed)));
        assertThat(jdbc.queryForObject(
                        "select status from award_onward_proposal where id = ?", String.class, onwardReviewed))
                .isEqualTo("REVIEWED");
    }

    private long onwardWithItem(vn.thidua.award.onward.OnwardFixture f) throws Exception {
        send("admin", post("/onward/start").param("year", String.valueOf(f.year)));
        long id = f.proposalId();
        send(
                "admin",
                post("/onward/" + id + "/items")
                        .param("version", onwardVersion(id))
                        .param("typeId", String.valueOf(f.govFlag))
                        .param("basisAwardId", String.valueOf(f.flagA)));
        return id;
    }

    private String onwardVersion(long id) {
        return String.valueOf(version("award_onward_proposal", id));
    }

    private void walkOnward() {
        form(
                "onward item summary",
                "admin",
                "/onward/{id}/items/{itemId}",
                "/onward/" + onwardDraft + "/items/" + onwardDraftItem,
                Map.of("version", onwardVersion(onwardDraft), "summary", "Thành tích"),
                List.of("summary"),
                List.of("version"));
        form(
                "onward submission",
                "admin",
                "/onward/{id}/submission",
                "/onward/" + onwardDraft + "/submission",
                Map.of("version", onwardVersion(onwardDraft), "recipient", "Hội đồng", "body", "Nội dung"),
                List.of("recipient", "body"),
                List.of("version"));
        form(
                "onward judge",
                "trunguong",
                "/onward/{id}/items/{itemId}/judge",
                "/onward/" + onwardSubmitted + "/items/" + onwardSubmittedItem + "/judge",
                Map.of("version", onwardVersion(onwardSubmitted), "outcome", "REJECTED", "reason", "Thiếu hồ sơ"),
                List.of("reason"),
                List.of("version"));
        form(
                "onward return",
                "trunguong",
                "/onward/{id}/return",
                "/onward/" + onwardSubmitted + "/return",
                Map.of("version", onwardVersion(onwardSubmitted), "comment", "Bổ sung hồ sơ"),
                List.of("comment"),
                List.of("version"));
        Map<String, String> decision = new LinkedHashMap<>();
        decision.put("version", onwardVersion(onwardReviewed));
        decision.put("number", tag + "/QĐ-TTg");
        decision.put("decidedOn", "01/01/2021");
        decision.put("authority", "Thủ tướng Chính phủ");
        decision.put("signerName", "Nguyễn Văn Thử");
        decision.put("signerTitle", "Thủ tướng");
        decision.put("subject", "Về việc tặng Cờ thi đua của Chính phủ");
        form(
                "onward decision",
                "trunguong",
                "/onward/{id}/decision",
                "/onward/" + onwardReviewed + "/decision",
                decision,
                List.of("number", "decidedOn", "authority", "signerName", "signerTitle", "subject"),
                List.of("version"));
    }

    // ---------------------------------------------------------------- the vote

    private vn.thidua.award.vote.VoteFixture voteNew;
    private vn.thidua.award.vote.VoteFixture votePrepared;
    private vn.thidua.award.vote.VoteFixture voteOpen;
    private long voteType;

    /** Three clusters of their own: one without a vote, one with a prepared vote, one with an open vote. */
    private void createVotes() throws Exception {
        voteNew = vn.thidua.award.vote.VoteFixture.create(jdbc, 3);
        votePrepared = vn.thidua.award.vote.VoteFixture.create(jdbc, 3);
        voteOpen = vn.thidua.award.vote.VoteFixture.create(jdbc, 3);
        voteType = votePrepared.type("H", "MEMBERS", "50", true, "0", null, 1);
        for (var f : List.of(votePrepared, voteOpen)) {
            send(
                    f.head(),
                    post("/votes/term/" + f.termId + "/prepare")
                            .param("typeIds", String.valueOf(voteType))
                            .param("nextHead", "true")
                            .param("deputySeats", "0")
                            .param("opens", voteTime(-60))
                            .param("closes", voteTime(600)));
        }
        send(
                voteOpen.head(),
                post("/votes/term/" + voteOpen.termId + "/open")
                        .param(
                                "version",
                                String.valueOf(idOf("select version from vote where term_id = ?", voteOpen.termId))));
    }

    private static String voteTime(long minutes) {
        return vn.thidua.award.vote.VoteFixture.inMinutes(minutes).format(vn.thidua.common.DisplayFormat.DATE_TIME);
    }

    private long[] voteCandidate(vn.thidua.award.vote.VoteFixture f) {
        long question = idOf(
                "select q.id from vote_question q join vote v on v.id = q.vote_id where v.term_id = ? and q.kind = 'AWARD'",
                f.termId);
        long unit = idOf("select min(unit_id) from vote_candidate where question_id = ?", question);
        return new long[] {question, unit};
    }

    private void walkVote() {
        String prepared = "/votes/term/" + votePrepared.termId;
        long version = idOf("select version from vote where term_id = ?", votePrepared.termId);
        long[] candidate = voteCandidate(votePrepared);
        form(
                "prepare vote",
                voteNew.head(),
                "/votes/term/{termId}/prepare",
                "/votes/term/" + voteNew.termId + "/prepare",
                Map.of(
                        "typeIds",
                        String.valueOf(voteType),
                        "opens",
                        voteTime(60),
                        "closes",
                        voteTime(600),
                        "deputySeats",
                        "1"),
                List.of("opens", "closes"),
                List.of("deputySeats", "typeIds"));
        form(
                "vote times",
                votePrepared.head(),
                "/votes/term/{termId}/schedule",
                prepared + "/schedule",
                Map.of("version", String.valueOf(version), "opens", voteTime(60), "closes", voteTime(600)),
                List.of("opens", "closes"),
                List.of("version"));
        form(
                "vote candidate",
                votePrepared.head(),
                "/votes/term/{termId}/candidates",
                prepared + "/candidates",
                Map.of(
                        "action",
                        "remove",
                        "questionId",
                        String.valueOf(candidate[0]),
                        "unitId",
                        String.valueOf(candidate[1]),
                        "reason",
                        "Không đủ điều kiện"),
                List.of("reason"),
                List.of("questionId", "unitId"));
        form(
                "paper vote",
                votePrepared.head(),
                "/votes/term/{termId}/paper",
                prepared + "/paper",
                Map.of("issued", "3", "returned", "3", "valid", "3", "v" + candidate[0] + "_" + candidate[1], "2"),
                List.of(),
                List.of("issued", "returned", "valid", "v" + candidate[0] + "_" + candidate[1]));
        String open = "/votes/term/" + voteOpen.termId;
        long[] openCandidate = voteCandidate(voteOpen);
        form(
                "ballot",
                voteOpen.officers.get(1),
                "/votes/term/{termId}/ballot",
                open + "/ballot",
                Map.of("a" + openCandidate[0] + "_" + openCandidate[1], "FOR", "password", "not-the-password"),
                List.of("password"),
                List.of());
        button(
                "ballot with a hostile answer",
                voteOpen.officers.get(1),
                "/votes/term/{termId}/ballot",
                post(open + "/ballot")
                        .param("a" + openCandidate[0] + "_" + openCandidate[1], NUL)
                        .param("c" + openCandidate[0], HUGE)
                        .param("password", LONG));
        form(
                "close vote",
                voteOpen.head(),
                "/votes/term/{termId}/close",
                open + "/close",
                Map.of(
                        "version",
                        String.valueOf(idOf("select version from vote where term_id = ?", voteOpen.termId)),
                        "reason",
                        "Kết thúc sớm"),
                List.of("reason"),
                List.of("version"));
    }

    private long unit(long organizer, String suffix) {
        return idOf(
                "insert into unit (organizer_id, code, name, short_name, level) values (?, ?, ?, ?, 'COMMUNE') returning id",
                organizer,
                tag + suffix,
                "Ủy ban nhân dân xã nhập liệu " + tag + suffix,
                tag + suffix);
    }

    private String user(long organizer, String suffix, String role, long unit) {
        String username = tag.toLowerCase() + suffix;
        jdbc.update("""
                insert into app_user (username, password_hash, full_name, role, organizer_id, unit_id)
                select ?, password_hash, ?, ?, ?, ? from app_user where username = 'admin'""", username, "Cán bộ " + username, role, organizer, unit);
        return username;
    }

    private MvcResult send(String user, MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result =
                mvc.perform(request.with(Users.as(jdbc, user)).with(csrf())).andReturn();
        assertThat(result.getResponse().getStatus())
                .as("setting up: " + result.getRequest().getRequestURI())
                .isLessThan(400);
        return result;
    }

    private long version(String table, long id) {
        return idOf("select version from " + table + " where id = ?", id);
    }

    // ---------------------------------------------------------------- what is walked

    /** Each text field with each hostile text, each number field with each huge number, the rest valid. */
    private void form(
            String name,
            String user,
            String pattern,
            String url,
            Map<String, String> valid,
            List<String> textFields,
            List<String> numberFields) {
        for (String field : textFields) {
            for (String text : TEXTS) {
                Map<String, String> params = new LinkedHashMap<>(valid);
                // The pledge's long texts hold 20,000 characters: beyond is what they refuse.
                String sent = text == LONG && LONG_TEXTS.contains(field) ? "x".repeat(20_001) : text;
                params.put(field, sent);
                probes.add(new Probe(
                        name + " " + field + "=" + label(text),
                        user,
                        pattern,
                        build(url, params),
                        Expect.REFUSED,
                        text == LONG && !NOT_SHOWN_AGAIN.contains(field) ? sent : null));
            }
        }
        for (String field : numberFields) {
            for (String number : NUMBERS) {
                Map<String, String> params = new LinkedHashMap<>(valid);
                params.put(field, number);
                probes.add(new Probe(
                        name + " " + field + "=" + number, user, pattern, build(url, params), Expect.REFUSED, null));
            }
        }
    }

    private void button(String name, String user, String pattern, AbstractMockHttpServletRequestBuilder<?> request) {
        probes.add(new Probe(name, user, pattern, request, Expect.NO_SERVER_ERROR, null));
    }

    private static MockHttpServletRequestBuilder build(String url, Map<String, String> params) {
        MockHttpServletRequestBuilder request = post(url);
        params.forEach(request::param);
        return request;
    }

    private static String label(String text) {
        return text == LONG ? "5000 characters" : text == NUL ? "NUL" : "control characters";
    }

    private void walkForms() {
        String a = "admin";
        Map<String, String> awardType = new LinkedHashMap<>();
        awardType.put("code", tag + "N");
        awardType.put("name", "Danh hiệu mới");
        awardType.put("category", "TITLE");
        awardType.put("level", "PROVINCE");
        awardType.put("recipient", "COLLECTIVE");
        awardType.put("voteBase", "MEMBERS");
        awardType.put("voteShareStrict", "true");
        awardType.put("voteSharePercent", "50");
        awardType.put("quorumPercent", "");
        awardType.put("choices", "");
        awardType.put("maxPerClusterYear", "1");
        awardType.put("maxMemberPercent", "");
        awardType.put("maxLeaderPercent", "");
        awardType.put("legalSource", "Luật");
        awardType.put("sortOrder", "0");
        awardType.put("documents[0].kind", "SUBMISSION");
        awardType.put("documents[0].name", "Tờ trình");
        List<String> awardTypeTexts = List.of("code", "name", "legalSource", "documents[0].name");
        List<String> awardTypeNumbers = List.of(
                "voteSharePercent",
                "quorumPercent",
                "choices",
                "maxPerClusterYear",
                "maxMemberPercent",
                "maxLeaderPercent",
                "sortOrder");
        form(
                "new award type",
                a,
                "/admin/award-types/new",
                "/admin/award-types/new",
                awardType,
                awardTypeTexts,
                awardTypeNumbers);
        Map<String, String> awardTypeEdit = new LinkedHashMap<>(awardType);
        awardTypeEdit.put("code", tag);
        awardTypeEdit.put("version", "0");
        form(
                "edit award type",
                a,
                "/admin/award-types/{id:\\d+}/edit",
                "/admin/award-types/" + awardTypeId + "/edit",
                awardTypeEdit,
                awardTypeTexts,
                awardTypeNumbers);
        Map<String, String> layout = new LinkedHashMap<>();
        layout.put("paper", "A4");
        layout.put("mode", "PRE_PRINTED");
        layout.put("place", "An Giang");
        layout.put("version", "");
        String[] layoutFields = {
            "HONORIFIC",
            "RECIPIENT",
            "POSITION_UNIT",
            "ACHIEVEMENT",
            "PLACE_DATE",
            "DECISION",
            "REGISTER_NUMBER",
            "SIGNER_TITLE",
            "SIGNER_NAME",
            "QR_CODE"
        };
        for (int i = 0; i < layoutFields.length; i++) {
            layout.put("lines[" + i + "].field", layoutFields[i]);
            layout.put("lines[" + i + "].x", "20");
            layout.put("lines[" + i + "].y", Integer.toString(10 + 18 * i));
            layout.put("lines[" + i + "].width", "100");
            layout.put("lines[" + i + "].height", "16");
            layout.put("lines[" + i + "].fontSize", "12");
            layout.put("lines[" + i + "].align", "LEFT");
            layout.put("lines[" + i + "].visible", "true");
        }
        form(
                "certificate layout",
                a,
                "/admin/certificate-layouts/{key:default|\\d+}",
                "/admin/certificate-layouts/" + awardTypeId,
                layout,
                List.of("place"),
                List.of("lines[0].x", "lines[3].fontSize", "lines[9].width", "lines[5].y", "lines[2].height"));
        long unitId = unitB;
        long unitVersion = version("unit", unitId);
        form(
                "new user",
                a,
                "/admin/users/new",
                "/admin/users/new",
                Map.of(
                        "username",
                        tag.toLowerCase() + "new",
                        "fullName",
                        "Người mới",
                        "email",
                        "moi@example.vn",
                        "role",
                        "UNIT_OFFICER",
                        "unitId",
                        String.valueOf(unitC),
                        "password",
                        "matkhau-rat-dai-2026",
                        "passwordConfirmation",
                        "matkhau-rat-dai-2026"),
                List.of("fullName", "email", "username"),
                List.of());
        form(
                "edit user",
                a,
                "/admin/users/{id}",
                "/admin/users/" + editedUser,
                Map.of(
                        "fullName",
                        "Cán bộ",
                        "email",
                        "",
                        "role",
                        "UNIT_OFFICER",
                        "unitId",
                        String.valueOf(unitB),
                        "version",
                        String.valueOf(version("app_user", editedUser))),
                List.of("fullName", "email"),
                List.of("version"));
        probes.add(new Probe(
                "reset password 5000 characters",
                a,
                "/admin/users/{id}/password",
                post("/admin/users/" + editedUser + "/password")
                        .param("password", LONG)
                        .param("passwordConfirmation", LONG)
                        .param("version", String.valueOf(version("app_user", editedUser))),
                Expect.REFUSED,
                null));
        probes.add(new Probe(
                "own password 5000 characters",
                userWithPassword,
                "/account/password",
                post("/account/password")
                        .param("currentPassword", "thidua2026")
                        .param("password", LONG)
                        .param("passwordConfirmation", LONG),
                Expect.REFUSED,
                null));
        form(
                "new unit",
                a,
                "/admin/units",
                "/admin/units",
                Map.of("code", tag + "N", "name", "Đơn vị mới", "shortName", "Mới", "level", "COMMUNE"),
                List.of("code", "name", "shortName"),
                List.of("parentId"));
        form(
                "edit unit",
                a,
                "/admin/units/{id:\\d+}",
                "/admin/units/" + unitId,
                Map.of(
                        "code",
                        tag + "B",
                        "name",
                        "Đơn vị B",
                        "shortName",
                        "B",
                        "level",
                        "COMMUNE",
                        "version",
                        String.valueOf(unitVersion)),
                List.of("name", "shortName"),
                List.of("parentId"));
        form(
                "retire unit",
                a,
                "/admin/units/{id:\\d+}/retire",
                "/admin/units/" + unitId + "/retire",
                Map.of("retiredOn", "01/01/2022", "reason", "Sáp xếp", "version", String.valueOf(unitVersion)),
                List.of("reason", "retiredOn"),
                List.of("version"));
        form(
                "merge unit",
                a,
                "/admin/units/{id:\\d+}/merge",
                "/admin/units/" + unitId + "/merge",
                Map.of(
                        "retiredOn",
                        "01/01/2022",
                        "reason",
                        "Sáp nhập",
                        "successorId",
                        String.valueOf(unitC),
                        "version",
                        String.valueOf(unitVersion)),
                List.of("reason", "retiredOn"),
                List.of("successorId"));
        form(
                "working year",
                a,
                "/admin/working-year",
                "/admin/working-year",
                Map.of("year", "2021", "version", "0"),
                List.of("year"),
                List.of("year"));
        long proposalVersion = idOf("select version from award_proposal where term_id = ?", proposalTerm);
        form(
                "proposal item",
                proposalHead,
                "/proposals/term/{termId}/items",
                "/proposals/term/" + proposalTerm + "/items",
                Map.of(
                        "awardTypeId",
                        String.valueOf(proposalType),
                        "unitId",
                        String.valueOf(proposalUnit),
                        "summary",
                        "Thành tích",
                        "version",
                        String.valueOf(proposalVersion)),
                List.of("summary", "personName", "personPosition", "personBirthDate"),
                List.of("awardTypeId", "unitId", "version"));
        form(
                "proposal item edit",
                proposalHead,
                "/proposals/term/{termId}/items/{itemId}",
                "/proposals/term/" + proposalTerm + "/items/" + proposalItem,
                Map.of("summary", "Thành tích mới", "version", String.valueOf(proposalVersion)),
                List.of("summary"),
                List.of("version"));
        String review = "/review/proposals/" + reviewed.proposalId();
        String reviewedVersion = String.valueOf(reviewed.version());
        form(
                "review recommendation",
                "thamdinh",
                "/review/proposals/{id}/items/{itemId}/recommend",
                review + "/items/" + reviewed.itemA() + "/recommend",
                Map.of("outcome", "REJECTED", "reason", "Thiếu số liệu", "version", reviewedVersion, "stamp", "0"),
                List.of("reason", "outcome"),
                List.of("version", "stamp"));
        form(
                "review outcome",
                "admin",
                "/review/proposals/{id}/items/{itemId}/judge",
                review + "/items/" + reviewed.itemA() + "/judge",
                Map.of("outcome", "REJECTED", "reason", "Thiếu số liệu", "version", reviewedVersion, "stamp", "0"),
                List.of("reason", "outcome"),
                List.of("version", "stamp"));
        form(
                "review return",
                "admin",
                "/review/proposals/{id}/return",
                review + "/return",
                Map.of("comments", "Bổ sung hồ sơ", "version", reviewedVersion, "stamp", "0"),
                List.of("comments"),
                List.of("version", "stamp"));
        form(
                "proposal submission",
                proposalHead,
                "/proposals/term/{termId}/submission",
                "/proposals/term/" + proposalTerm + "/submission",
                Map.of("recipient", "Hội đồng", "body", "Nội dung", "version", String.valueOf(proposalVersion)),
                List.of("recipient", "body"),
                List.of("version"));
        form(
                "new cluster",
                a,
                "/admin/clusters/new",
                "/admin/clusters/new",
                Map.of("code", tag + "K", "name", "Cụm mới", "kind", "CLUSTER", "description", ""),
                List.of("code", "name", "description"),
                List.of());
        form(
                "edit cluster",
                a,
                "/admin/clusters/{id}/edit",
                "/admin/clusters/" + clusterId + "/edit",
                Map.of(
                        "code",
                        tag,
                        "name",
                        "Cụm nhập liệu",
                        "kind",
                        "CLUSTER",
                        "description",
                        "",
                        "version",
                        String.valueOf(version("cluster", clusterId))),
                List.of("code", "name", "description"),
                List.of("version"));
        form(
                "new cluster year",
                a,
                "/admin/clusters/{clusterId}/years",
                "/admin/clusters/" + clusterId + "/years",
                Map.of("year", "2030"),
                List.of("year"),
                List.of("year"));
        form(
                "add members",
                a,
                "/admin/clusters/{clusterId}/years/{year}/members",
                "/admin/clusters/" + setUpCluster + "/years/2021/members",
                Map.of("unitIds", String.valueOf(unitC), "version", "0"),
                List.of("unitIds"),
                List.of("unitIds", "version"));
        form(
                "leaders",
                a,
                "/admin/clusters/{clusterId}/years/{year}/leaders",
                "/admin/clusters/" + setUpCluster + "/years/2021/leaders",
                Map.of("headUnitId", String.valueOf(setUpUnit), "version", "0"),
                List.of("headUnitId"),
                List.of("headUnitId", "deputyUnitIds"));
        form(
                "next year",
                a,
                "/admin/clusters/{clusterId}/years/{year}/next",
                "/admin/clusters/" + clusterId + "/years/2021/next",
                Map.of("headUnitId", String.valueOf(unitA)),
                List.of("headUnitId"),
                List.of("headUnitId", "deputyUnitIds"));

        form(
                "new table",
                a,
                "/admin/scoring/tables/new",
                "/admin/scoring/tables/new",
                Map.of("year", "2021", "name", "Bảng mới " + tag, "totalMax", "100"),
                List.of("name"),
                List.of("totalMax", "year"));
        form(
                "edit table",
                a,
                "/admin/scoring/tables/{id}/edit",
                "/admin/scoring/tables/" + tableId + "/edit",
                Map.of(
                        "year",
                        "2021",
                        "name",
                        "Bảng nhập liệu " + tag,
                        "totalMax",
                        "100",
                        "version",
                        String.valueOf(version("criteria_table", tableId))),
                List.of("name"),
                List.of("totalMax", "year"));
        form(
                "copy table",
                a,
                "/admin/scoring/tables/{id}/copy",
                "/admin/scoring/tables/" + tableId + "/copy",
                Map.of("year", "2022", "name", "Bản sao " + tag),
                List.of("name"),
                List.of("year"));
        Map<String, String> node = Map.of(
                "nodeType",
                "CRITERION",
                "code",
                "I.9",
                "description",
                "Tiêu chí",
                "maxPoints",
                "1",
                "kind",
                "PER_OCCURRENCE",
                "pointsPerOccurrence",
                "1",
                "parentId",
                String.valueOf(idOf("select id from criterion_node where table_id = ? and code = 'I'", tableId)));
        List<String> nodeTexts = List.of("code", "description", "scoringGuide", "pledgeTarget");
        List<String> nodeNumbers = List.of("maxPoints", "minPoints", "pointsPerOccurrence", "targetShare", "sortOrder");
        form(
                "new node",
                a,
                "/admin/scoring/tables/{id}/nodes/new",
                "/admin/scoring/tables/" + tableId + "/nodes/new",
                node,
                nodeTexts,
                nodeNumbers);
        Map<String, String> edited = new LinkedHashMap<>(node);
        edited.put("code", "I.1");
        edited.put("version", String.valueOf(version("criterion_node", nodeManual)));
        form(
                "edit node",
                a,
                "/admin/scoring/tables/{id}/nodes/{nodeId}/edit",
                "/admin/scoring/tables/" + tableId + "/nodes/" + nodeManual + "/edit",
                edited,
                nodeTexts,
                nodeNumbers);
        for (String text : TEXTS) {
            // The overview's open button sends a reason only from an edited page: it is refused, not shown again.
            probes.add(new Probe(
                    "open round reason=" + label(text),
                    a,
                    "/admin/scoring/rounds/open",
                    post("/admin/scoring/rounds/open")
                            .param("termId", String.valueOf(termId))
                            .param("reason", text),
                    Expect.REFUSED,
                    null));
        }
        button(
                "open round with a huge term",
                a,
                "/admin/scoring/rounds/open",
                post("/admin/scoring/rounds/open").param("termId", HUGE));
        form(
                "advance round",
                a,
                "/admin/scoring/rounds/{id}/advance",
                "/admin/scoring/rounds/" + roundId + "/advance",
                Map.of("version", String.valueOf(version("scoring_round", roundId)), "next", "REVIEW"),
                List.of("reason"),
                List.of());

        String m = String.valueOf(nodeManual);
        String f = String.valueOf(nodeFigure);
        Map<String, String> sheet = Map.of(
                "version",
                String.valueOf(version("score_sheet", sheetC)),
                "value[" + m + "]",
                "30",
                "note[" + m + "]",
                "",
                "value[" + f + "]",
                "5",
                "note[" + f + "]",
                "Báo cáo số 12");
        List<String> sheetTexts = List.of("note[" + m + "]", "note[" + f + "]");
        List<String> sheetNumbers = List.of("value[" + m + "]", "value[" + f + "]");
        form(
                "save draft",
                officerC,
                "/scoring/sheets/{id}/draft",
                "/scoring/sheets/" + sheetC + "/draft",
                sheet,
                sheetTexts,
                sheetNumbers);
        form(
                "submit",
                officerC,
                "/scoring/sheets/{id}/submit",
                "/scoring/sheets/" + sheetC + "/submit",
                sheet,
                sheetTexts,
                sheetNumbers);
        for (String text : TEXTS) {
            MockMultipartHttpServletRequestBuilder request = multipart("/scoring/sheets/" + sheetC + "/draft-evidence");
            request.file(new MockMultipartFile(
                    "evidenceFile", "bao-cao.pdf", "application/pdf", "%PDF-1.4\n%%EOF".getBytes()));
            sheet.forEach(request::param);
            request.param("evidenceNode", f).param("note[" + m + "]", text);
            probes.add(new Probe(
                    "save and attach note=" + label(text),
                    officerC,
                    "/scoring/sheets/{id}/draft-evidence",
                    request,
                    Expect.REFUSED,
                    text == LONG ? LONG : null));
        }
        form(
                "explain",
                reviewedOfficer,
                "/scoring/sheets/{id}/explain",
                "/scoring/sheets/" + reviewedSheet + "/explain",
                Map.of(
                        "version",
                        String.valueOf(version("score_sheet", reviewedSheet)),
                        "explanation[" + m + "]",
                        "Giải trình"),
                List.of("explanation[" + m + "]"),
                List.of());
        form(
                "review",
                reviewHead,
                "/scoring/sheets/{id}/review",
                "/scoring/sheets/" + submittedSheet + "/review",
                Map.of(
                        "version",
                        String.valueOf(version("score_sheet", submittedSheet)),
                        "score[" + m + "]",
                        "25",
                        "reason[" + m + "]",
                        "Thiếu minh chứng"),
                List.of("reason[" + m + "]"),
                List.of("score[" + m + "]"));
        form(
                "decline to explain",
                reviewedOfficer,
                "/scoring/sheets/{id}/decline",
                "/scoring/sheets/" + reviewedSheet + "/decline",
                Map.of("version", String.valueOf(version("score_sheet", reviewedSheet)), "reason", "Không có gì thêm"),
                List.of("reason"),
                List.of());
        form(
                "correct a figure",
                reviewHead,
                "/scoring/sheets/{id}/correct",
                "/scoring/sheets/" + submittedSheet + "/correct",
                Map.of(
                        "version",
                        String.valueOf(version("score_sheet", submittedSheet)),
                        "nodeId",
                        f,
                        "value",
                        "6",
                        "reason",
                        "Nhập nhầm số liệu"),
                List.of("reason"),
                List.of("value", "target"));
        form(
                "round target",
                a,
                "/admin/scoring/rounds/{id}/targets",
                "/admin/scoring/rounds/" + roundId + "/targets",
                Map.of("nodeId", f, "target", "12"),
                List.of(),
                List.of("target"));
        button(
                "remind the units",
                a,
                "/admin/scoring/rounds/{id}/remind",
                post("/admin/scoring/rounds/" + roundId + "/remind"));
        form(
                "finalise",
                reviewHead,
                "/scoring/sheets/{id}/finalise",
                "/scoring/sheets/" + explainedSheet + "/finalise",
                Map.of(
                        "version",
                        String.valueOf(version("score_sheet", explainedSheet)),
                        "score[" + m + "]",
                        "20",
                        "reason[" + m + "]",
                        "Sau giải trình"),
                List.of("reason[" + m + "]"),
                List.of("score[" + m + "]"));

        long resultsSheet = idOf("""
                select s.id from score_sheet s join scoring_round r on r.id = s.round_id join cluster_term t on t.id = r.term_id
                where t.year = 2021 and s.unit_id = (select unit_id from app_user where username = 'hatien')""");
        long target = idOf("""
                select min(pt.id) from pledge_target pt join pledge p on p.id = pt.pledge_id join scoring_round r on r.term_id = p.term_id
                join score_sheet s on s.round_id = r.id where s.id = ?""", resultsSheet);
        form(
                "annual results",
                "hatien",
                "/scoring/sheets/{id}/results",
                "/scoring/sheets/" + resultsSheet + "/results",
                Map.of("value[" + target + "]", "12", "note[" + target + "]", "", "version[" + target + "]", ""),
                List.of("note[" + target + "]", "value[" + target + "]"),
                List.of("value[" + target + "]"));

        Map<String, String> pledge = Map.of(
                "version",
                String.valueOf(version("pledge", pledgeId)),
                "title",
                "Giao ước " + tag,
                "signingPlace",
                "An Giang",
                "preamble",
                "",
                "goals",
                "",
                "commitments",
                "",
                "targets[0].field",
                "ECONOMY_SOCIETY",
                "targets[0].name",
                "Thu ngân sách",
                "targets[0].unitOfMeasure",
                "tỷ đồng",
                "targets[0].value",
                "10");
        form(
                "edit pledge",
                a,
                "/pledges/{id}/edit",
                "/pledges/" + pledgeId + "/edit",
                pledge,
                List.of(
                        "title",
                        "signingPlace",
                        "preamble",
                        "goals",
                        "commitments",
                        "targets[0].name",
                        "targets[0].unitOfMeasure"),
                List.of("targets[0].value"));
        form(
                "open pledge",
                a,
                "/pledges/{id}/open",
                "/pledges/" + pledgeId + "/open",
                Map.of("version", String.valueOf(version("pledge", pledgeId)), "deadline", "31/12/2099"),
                List.of("deadline"),
                List.of("version"));

        String present = "present[" + idOf("select unit_id from app_user where username = ?", minutesHead) + "]";
        String reason = "reason[" + minutesAbsent + "]";
        Map<String, String> minutes = new LinkedHashMap<>();
        minutes.put("meetingDate", "15/12/2021");
        minutes.put("meetingTime", "08:30");
        minutes.put("place", "Hội trường");
        minutes.put("chairName", "Nguyễn Văn Tâm");
        minutes.put("chairTitle", "Chủ tịch");
        minutes.put("secretaryName", "Trần Thị Hương");
        minutes.put("secretaryTitle", "Chuyên viên");
        minutes.put(present, "true");
        minutes.put(reason, "Ốm");
        minutes.put("countingTeam", "Lê Văn Bình");
        minutes.put("otherContent", "");
        form(
                "meeting minutes",
                minutesHead,
                "/award/cluster-years/{id}/minutes",
                "/award/cluster-years/" + minutesTerm + "/minutes",
                minutes,
                List.of(
                        "meetingDate",
                        "meetingTime",
                        "place",
                        "chairName",
                        "chairTitle",
                        "secretaryName",
                        "secretaryTitle",
                        reason,
                        "countingTeam",
                        "otherContent"),
                List.of("version"));
        walkVote();
        walkOnward();
    }

    /** The forms of an open pledge: walked once the pledge is opened. */
    private List<Probe> openPledgeForms() {
        probes.clear();
        form(
                "withdraw pledge",
                "admin",
                "/pledges/{id}/withdraw",
                "/pledges/" + pledgeId + "/withdraw",
                Map.of("version", String.valueOf(version("pledge", pledgeId)), "reason", "Sửa chỉ tiêu"),
                List.of("reason"),
                List.of("version"));
        String hash = jdbc.queryForObject("select text_hash from pledge where id = ?", String.class, pledgeId);
        form(
                "decline pledge",
                pledgeMember,
                "/pledges/{id}/decline",
                "/pledges/" + pledgeId + "/decline",
                Map.of("textHash", hash, "reason", "Chờ ý kiến lãnh đạo"),
                List.of("reason", "textHash"),
                List.of());
        form(
                "sign pledge",
                pledgeMember,
                "/pledges/{id}/sign",
                "/pledges/" + pledgeId + "/sign",
                Map.of("textHash", hash, "password", "sai-mat-khau"),
                List.of("password", "textHash"),
                List.of());
        return List.copyOf(probes);
    }

    private void walkButtons() {
        String a = "admin";
        button(
                "onward start of a huge year",
                a,
                "/onward/start",
                post("/onward/start").param("year", HUGE));
        button(
                "onward huge candidate",
                a,
                "/onward/{id}/items",
                post("/onward/" + onwardDraft + "/items")
                        .param("version", onwardVersion(onwardDraft))
                        .param("typeId", HUGE)
                        .param("basisAwardId", "-1"));
        button(
                "onward remove a huge item",
                a,
                "/onward/{id}/items/{itemId}/delete",
                post("/onward/" + onwardDraft + "/items/" + HUGE + "/delete"));
        button(
                "onward submit with a huge version",
                a,
                "/onward/{id}/submit",
                post("/onward/" + onwardDraft + "/submit").param("version", HUGE));
        button(
                "onward conclude with a huge version",
                "trunguong",
                "/onward/{id}/conclude",
                post("/onward/" + onwardSubmitted + "/conclude").param("version", HUGE));
        button("units import without a file", a, "/admin/units/import", multipart("/admin/units/import"));
        button(
                "units import unknown token",
                a,
                "/admin/units/import/{token}",
                post("/admin/units/import/" + "x".repeat(300)));
        button(
                "award history import without a file",
                a,
                "/admin/award-history/import",
                multipart("/admin/award-history/import"));
        button(
                "award history import unknown token",
                a,
                "/admin/award-history/import/{token}",
                post("/admin/award-history/import/" + "x".repeat(300)));
        button(
                "table import without a file",
                a,
                "/admin/scoring/tables/{id}/import",
                multipart("/admin/scoring/tables/" + tableId + "/import"));
        button(
                "sheet import without a file",
                officerC,
                "/scoring/sheets/{id}/import",
                multipart("/scoring/sheets/" + sheetC + "/import").param("version", HUGE));
        button(
                "evidence to a huge node",
                officerC,
                "/scoring/sheets/{id}/evidence",
                multipart("/scoring/sheets/" + sheetC + "/evidence")
                        .file(new MockMultipartFile("file", "a.pdf", "application/pdf", new byte[] {1}))
                        .param("nodeId", HUGE));
        button(
                "delete huge evidence",
                officerC,
                "/scoring/sheets/{id}/evidence/{evidenceId}/delete",
                post("/scoring/sheets/" + sheetC + "/evidence/" + HUGE + "/delete"));
        button(
                "delete huge node",
                a,
                "/admin/scoring/tables/{id}/nodes/{nodeId}/delete",
                post("/admin/scoring/tables/" + tableId + "/nodes/" + HUGE + "/delete"));
        button(
                "disable with a huge version",
                a,
                "/admin/users/{id}/disable",
                post("/admin/users/" + editedUser + "/disable").param("version", HUGE));
        button(
                "enable with a huge version",
                a,
                "/admin/users/{id}/enable",
                post("/admin/users/" + editedUser + "/enable").param("version", HUGE));
        button(
                "open a huge notification",
                officerC,
                "/notifications/{id}/open",
                post("/notifications/" + HUGE + "/open"));
        button(
                "read all",
                officerC,
                "/notifications/read-all",
                post("/notifications/read-all").param("page", HUGE));
        button(
                "draft from a NUL source",
                a,
                "/pledges/term/{termId}/draft",
                post("/pledges/term/" + pledgeTerm + "/draft").param("source", NUL));
        button("remind", a, "/pledges/{id}/remind", post("/pledges/" + pledgeId + "/remind"));
        button(
                "close a year not done",
                a,
                "/admin/clusters/{clusterId}/years/{year}/close",
                post("/admin/clusters/" + clusterId + "/years/2021/close").param("version", HUGE));
        for (String text : TEXTS) {
            button(
                    "reopen reason=" + label(text),
                    a,
                    "/admin/clusters/{clusterId}/years/{year}/reopen",
                    post("/admin/clusters/" + clusterId + "/years/2021/reopen")
                            .param("version", "0")
                            .param("reason", text));
        }
        button(
                "remove a huge member",
                a,
                "/admin/clusters/{clusterId}/years/{year}/members/remove",
                post("/admin/clusters/" + clusterId + "/years/2021/members/remove")
                        .param("unitId", HUGE)
                        .param("version", HUGE));
        button(
                "deadlines NUL",
                a,
                "/admin/scoring/rounds/{id}/deadlines",
                post("/admin/scoring/rounds/" + roundId + "/deadlines")
                        .param("version", "0")
                        .param("selfScoringDeadline", NUL));
        for (String action : new String[] {"deactivate", "reactivate"}) {
            for (String text : TEXTS) {
                button(
                        action + " award type reason=" + label(text),
                        a,
                        "/admin/award-types/{id:\\d+}/" + action,
                        post("/admin/award-types/" + awardTypeId + "/" + action)
                                .param("version", HUGE)
                                .param("reason", text));
            }
        }
        for (String action : new String[] {"register", "withdraw"}) {
            button(
                    action + " with huge ids",
                    officerB,
                    "/registrations/" + action,
                    post("/registrations/" + action)
                            .param("clusterYearId", HUGE)
                            .param("awardTypeId", NUL));
            button(
                    action + " for the walk's year",
                    officerB,
                    "/registrations/" + action,
                    post("/registrations/" + action)
                            .param("clusterYearId", String.valueOf(termId))
                            .param("awardTypeId", String.valueOf(awardTypeId)));
        }
        for (String text : TEXTS) {
            button(
                    "registration deadline " + label(text),
                    a,
                    "/admin/award-registrations/deadline",
                    post("/admin/award-registrations/deadline")
                            .param("year", "2021")
                            .param("closesOn", text)
                            .param("version", HUGE));
        }
        for (String version : List.of(HUGE, "-" + HUGE, NUL, LONG, "1e999999999")) {
            button(
                    "public list setting version=" + label(version),
                    a,
                    "/admin/publicity",
                    post("/admin/publicity").param("showPending", CONTROL).param("version", version));
        }
        button(
                "registration deadline of a huge year",
                a,
                "/admin/award-registrations/deadline",
                post("/admin/award-registrations/deadline").param("year", HUGE).param("closesOn", "01/01/2021"));
        button(
                "minutes scan without a file",
                minutesHead,
                "/award/cluster-years/{id}/minutes/scan",
                multipart("/award/cluster-years/" + minutesTerm + "/minutes/scan"));
        button(
                "proposal started twice",
                proposalHead,
                "/proposals/term/{termId}/start",
                post("/proposals/term/" + proposalTerm + "/start"));
        button(
                "delete a huge proposal item",
                proposalHead,
                "/proposals/term/{termId}/items/{itemId}/delete",
                post("/proposals/term/" + proposalTerm + "/items/" + HUGE + "/delete")
                        .param("version", HUGE));
        for (String text : TEXTS) {
            button(
                    "proposal document name=" + label(text),
                    proposalHead,
                    "/proposals/term/{termId}/documents",
                    multipart("/proposals/term/" + proposalTerm + "/documents")
                            .file(new MockMultipartFile("file", text, "application/pdf", "%PDF-1.4\n%%EOF".getBytes()))
                            .param("kind", "OTHER")
                            .param("name", text)
                            .param("itemId", HUGE)
                            .param("version", "0"));
        }
        button(
                "delete a huge proposal document",
                proposalHead,
                "/proposals/term/{termId}/documents/{documentId}/delete",
                post("/proposals/term/" + proposalTerm + "/documents/" + HUGE + "/delete")
                        .param("version", NUL));
        button(
                "submit with a huge version",
                proposalHead,
                "/proposals/term/{termId}/submit",
                post("/proposals/term/" + proposalTerm + "/submit").param("version", HUGE));
        button(
                "conclude review",
                "admin",
                "/review/proposals/{id}/conclude",
                post("/review/proposals/" + reviewed.proposalId() + "/conclude")
                        .param("version", HUGE)
                        .param("stamp", HUGE));
        button(
                "sign in with NUL",
                null,
                "/login",
                post("/login").param("username", NUL).param("password", LONG));
        button(
                "open vote",
                votePrepared.head(),
                "/votes/term/{termId}/open",
                post("/votes/term/" + votePrepared.termId + "/open").param("version", HUGE));
        walkDecisions();
    }

    private void walkDecisions() {
        Map<String, String> decision = new LinkedHashMap<>();
        decision.put("number", tag + "/QĐ-UBND");
        decision.put("decidedOn", "25/01/2021");
        decision.put("authority", "Ủy ban nhân dân tỉnh An Giang");
        decision.put("signerTitle", "Chủ tịch");
        decision.put("signerName", "Lê Văn Ký");
        decision.put("subject", "Về việc tặng Cờ thi đua");
        decision.put("year", "2020");
        decision.put("items", String.valueOf(decisionItem));
        decision.put("achievements[" + decisionItem + "]", "Dẫn đầu cụm");
        form(
                "record decision",
                "admin",
                "/decisions/new",
                "/decisions/new",
                decision,
                List.of(
                        "number",
                        "decidedOn",
                        "authority",
                        "signerTitle",
                        "signerName",
                        "subject",
                        "achievements[" + decisionItem + "]"),
                List.of("year", "items"));
        Map<String, String> takeBack = new LinkedHashMap<>();
        takeBack.put("number", tag + "/QĐ-UBND-TH");
        takeBack.put("decidedOn", "01/03/2020");
        takeBack.put("authority", "Ủy ban nhân dân tỉnh An Giang");
        takeBack.put("signerTitle", "Chủ tịch");
        takeBack.put("signerName", "Lê Văn Ký");
        takeBack.put("subject", "Về việc sửa đổi");
        takeBack.put("kinds[" + decisionAward + "]", "AMENDED");
        takeBack.put("reasons[" + decisionAward + "]", "Sai tên");
        takeBack.put("corrections[" + decisionAward + "]", "Dẫn đầu cụm thi đua");
        takeBack.put("names[" + decisionAward + "]", "Nguyễn Văn Thử");
        takeBack.put("positions[" + decisionAward + "]", "Chuyên viên");
        form(
                "revoke or amend awards",
                "admin",
                "/decisions/{id:\\d+}/revoke",
                "/decisions/" + decisionId + "/revoke",
                takeBack,
                List.of(
                        "number",
                        "decidedOn",
                        "authority",
                        "signerTitle",
                        "signerName",
                        "subject",
                        "reasons[" + decisionAward + "]",
                        "corrections[" + decisionAward + "]",
                        "names[" + decisionAward + "]",
                        "positions[" + decisionAward + "]"),
                List.of());
        button(
                "decision draft with hostile text",
                "admin",
                "/decisions/draft.docx",
                post("/decisions/draft.docx")
                        .param("number", NUL)
                        .param("decidedOn", LONG)
                        .param("subject", CONTROL)
                        .param("year", HUGE)
                        .param("items", HUGE));
        button(
                "decision file without a file",
                "admin",
                "/decisions/{id:\\d+}/file",
                multipart("/decisions/" + HUGE + "/file"));
        button(
                "decision file that is not a pdf",
                "admin",
                "/decisions/{id:\\d+}/file",
                multipart("/decisions/" + decisionId + "/file")
                        .file(new MockMultipartFile("file", "a.pdf", "application/pdf", new byte[] {1})));
    }

    // ---------------------------------------------------------------- the walk

    @TestFactory
    Stream<DynamicTest> everyFormRefusesHostileInputWithAMessage() throws Exception {
        walkForms();
        walkButtons();
        List<Probe> first = List.copyOf(probes);
        return Stream.concat(
                first.stream().map(probe -> DynamicTest.dynamicTest(probe.name(), () -> check(probe))),
                Stream.of(DynamicTest.dynamicTest("open pledge forms", this::walkOpenPledge)));
    }

    private void walkOpenPledge() throws Exception {
        send(
                "admin",
                post("/pledges/" + pledgeId + "/edit")
                        .param("version", String.valueOf(version("pledge", pledgeId)))
                        .param("title", "Giao ước " + tag)
                        .param("targets[0].field", "ECONOMY_SOCIETY")
                        .param("targets[0].name", "Thu ngân sách")
                        .param("targets[0].value", "10"));
        send(
                "admin",
                post("/pledges/" + pledgeId + "/open")
                        .param("version", String.valueOf(version("pledge", pledgeId)))
                        .param("deadline", "31/12/2099"));
        assertThat(jdbc.queryForObject("select status from pledge where id = ?", String.class, pledgeId))
                .isEqualTo("OPEN");
        List<String> failures = new ArrayList<>();
        for (Probe probe : openPledgeForms()) {
            try {
                check(probe);
            } catch (AssertionError e) {
                failures.add(e.getMessage());
            }
        }
        assertThat(failures).isEmpty();
    }

    private void check(Probe probe) throws Exception {
        AbstractMockHttpServletRequestBuilder<?> request =
                probe.request().with(csrf()).header("Accept", "text/html");
        if (probe.user() != null) {
            request.with(Users.as(jdbc, probe.user()));
        }
        MvcResult result = mvc.perform(request).andReturn();
        int status = result.getResponse().getStatus();
        assertThat(status).as(probe.name() + ": no server error").isLessThan(500);
        if (probe.expect() == Expect.NO_SERVER_ERROR) {
            return;
        }
        String body;
        if (status >= 300 && status < 400) {
            // A small form of a page: the page it leads back to says what was wrong (and shows the text again).
            FlashMap flash = result.getFlashMap();
            assertThat(flash.get(Flash.ATTRIBUTE))
                    .as(probe.name() + ": redirected without a message")
                    .isInstanceOf(Flash.class);
            assertThat(((Flash) flash.get(Flash.ATTRIBUTE)).kind())
                    .as(probe.name())
                    .isEqualTo("danger");
            MockHttpServletRequestBuilder next = get(URI.create(
                            result.getResponse().getRedirectedUrl()))
                    .flashAttrs(flash)
                    .header("Accept", "text/html");
            if (probe.user() != null) {
                next.with(Users.as(jdbc, probe.user()));
            }
            MvcResult page = mvc.perform(next).andReturn();
            assertThat(page.getResponse().getStatus())
                    .as(probe.name() + ": the page it leads to")
                    .isEqualTo(200);
            body = page.getResponse().getContentAsString();
            assertThat(body).as(probe.name()).contains("alert-danger");
        } else {
            assertThat(status).as(probe.name() + ": the form comes back").isIn(200, 400, 409, 422);
            assertThat(result.getResponse().getContentAsByteArray().length)
                    .as(probe.name() + ": a page of a sane size")
                    .isLessThan(2_000_000);
            body = result.getResponse().getContentAsString();
            assertThat(body)
                    .as(probe.name() + ": a message says what is wrong")
                    .containsAnyOf("is-invalid", "alert-danger", "data-testid=\"form-errors\"");
        }
        assertThat(body).as(probe.name()).doesNotContain("Exception");
        if (probe.kept() != null) {
            assertThat(body).as(probe.name() + ": what was typed is kept").contains(probe.kept());
        }
    }

    // ---------------------------------------------------------------- lists

    @TestFactory
    Stream<DynamicTest> everyListSurvivesHostileParameters() {
        Map<String, String> lists = new LinkedHashMap<>();
        lists.put("/admin/units", "admin");
        lists.put("/admin/clusters", "admin");
        lists.put("/admin/users", "admin");
        lists.put("/admin/audit", "admin");
        lists.put("/pledges", "admin");
        lists.put("/admin/scoring/tables", "admin");
        lists.put("/admin/scoring/rounds", "admin");
        lists.put("/notifications", "anphu");
        lists.put("/scoring", "anphu");
        lists.put("/my/clusters", "anphu");
        lists.put("/admin/award-types", "admin");
        lists.put("/admin/award-registrations", "admin");
        lists.put("/registrations", "anphu");
        lists.put("/votes", "anphu");
        lists.put("/onward", "admin");
        lists.put("/onward/review", "trunguong");
        lists.put("/admin/clusters/" + clusterId, "admin");
        lists.put("/scoring/rounds/" + roundId, "admin");
        lists.put("/proposals", "admin");
        lists.put("/decisions", "admin");
        lists.put("/award-history/people", "admin");
        lists.put("/admin/certificate-layouts", "admin");
        List<String> queries = List.of(
                "q=a%00b",
                "q=" + "x".repeat(5000),
                "q=a%07%E2%80%AEb",
                "page=2147483647",
                "page=-1&size=-5",
                "size=2147483647",
                "page=99999999999999999999",
                "actor=a%00b",
                "year=99999999999999999999",
                "year=2147483647",
                "sort=name%00,desc");
        List<DynamicTest> tests = new ArrayList<>();
        lists.forEach((path, user) ->
                queries.forEach(query -> tests.add(DynamicTest.dynamicTest(path + "?" + query, () -> {
                    String url = path + "?" + query;
                    for (int hop = 0; hop < 5; hop++) {
                        MvcResult result = mvc.perform(get(URI.create(url))
                                        .with(Users.as(jdbc, user))
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
                }))));
        return tests.stream();
    }

    @Test
    void aPageNumberPastTheEndShowsTheLastPage() throws Exception {
        String body = mvc.perform(get("/admin/units?page=2147483647&size=5").with(Users.as(jdbc, "admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long units = idOf(
                "select count(*) from unit u join organizer o on o.id = u.organizer_id where o.code = 'AG' and u.retired_on is null");
        long lastPage = (units - 1) / 5;
        assertThat(body).contains("Hiển thị " + (lastPage * 5 + 1) + "–" + units + " trên " + units);
    }

    // ---------------------------------------------------------------- nothing forgotten

    @Test
    void everyPostEndpointIsWalked() throws Exception {
        walkForms();
        walkButtons();
        Set<String> walked = new TreeSet<>();
        probes.forEach(probe -> walked.add(probe.pattern()));
        openPledgeForms().forEach(probe -> walked.add(probe.pattern()));
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
                endpoints.addAll(info.getPatternValues());
            }
        });
        endpoints.removeIf(pattern -> pattern.startsWith("/test/"));
        assertThat(walked).containsAll(endpoints);
        assertThat(endpoints).containsAll(BUTTONS);
    }
}

package vn.thidua.award.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.access.CurrentUser;
import vn.thidua.support.Users;

/**
 * A cluster-year of An Giang of its own (year 2020, at its proposal step) with three member units (the first heads
 * it), the head's and each unit's officer accounts, and a proposal submitted with one item per unit: the flag
 * (CO_TINH) for the first, the chairman's certificate (BK_CHU_TICH) for the others. {@link #review()} puts it in the
 * state the province's review leaves it in: each item accepted (outcome and history), the proposal REVIEWED.
 */
public final class ReviewedProposalFixture {

    final JdbcTemplate jdbc;
    public final String tag;
    public final long organizer;
    public final long clusterId;
    public final long termId;
    public final List<Long> units = new ArrayList<>();
    public final List<String> officers = new ArrayList<>();
    public final long proposalId;
    public final List<Long> items = new ArrayList<>();
    public final long flagType;
    public final long certificateType;

    private ReviewedProposalFixture(JdbcTemplate jdbc, int year) {
        this.jdbc = jdbc;
        this.tag = "D"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 7).toUpperCase();
        this.organizer = id("select id from organizer where code = 'AG'");
        this.flagType = DecisionFixture.awardType(jdbc, "AG", "CO_TINH");
        this.certificateType = DecisionFixture.awardType(jdbc, "AG", "BK_CHU_TICH");
        this.clusterId = id(
                "insert into cluster (organizer_id, code, name, kind) values (?, ?, ?, 'CLUSTER') returning id",
                organizer,
                tag,
                "Cụm quyết định " + tag);
        this.termId = id(
                "insert into cluster_term (cluster_id, year, status) values (?, ?, 'SET_UP') returning id",
                clusterId,
                year);
        for (String suffix : List.of("A", "B", "C")) {
            long unit = id(
                    "insert into unit (organizer_id, code, name, short_name, level) values (?, ?, ?, ?, 'COMMUNE') returning id",
                    organizer,
                    tag + suffix,
                    "Ủy ban nhân dân xã " + tag + suffix,
                    tag + suffix);
            jdbc.update(
                    "insert into cluster_member (term_id, unit_id, role) values (?, ?, ?)",
                    termId,
                    unit,
                    units.isEmpty() ? "HEAD" : "MEMBER");
            units.add(unit);
            String username = tag.toLowerCase() + suffix.toLowerCase();
            jdbc.update(
                    """
                    insert into app_user (username, password_hash, full_name, role, organizer_id, unit_id)
                    select ?, password_hash, ?, ?, ?, ? from app_user where username = 'admin'""",
                    username,
                    "Cán bộ " + username,
                    officers.isEmpty() ? "CLUSTER_HEAD" : "UNIT_OFFICER",
                    organizer,
                    unit);
            officers.add(username);
        }
        jdbc.update("update cluster_term set status = 'PROPOSAL' where id = ?", termId);
        this.proposalId = id("""
                insert into award_proposal (term_id, status, submission_recipient, submission_body, created_at, created_by,
                                            updated_at)
                values (?, 'DRAFT', 'Hội đồng', 'Đề nghị', now(), 'admin', now()) returning id""", termId);
        for (int i = 0; i < units.size(); i++) {
            items.add(id(
                    """
                    insert into award_proposal_item (proposal_id, award_type_id, unit_id, summary, created_at)
                    values (?, ?, ?, ?, now()) returning id""", proposalId, i == 0 ? flagType : certificateType, units.get(i), "Thành tích " + tag + " " + i));
        }
        jdbc.update(
                "update award_proposal set status = 'SUBMITTED', submitted_at = now(), submitted_by = 'admin' where id = ?",
                proposalId);
    }

    /** A submitted proposal of a 2020 cluster-year of its own. */
    public static ReviewedProposalFixture submitted(JdbcTemplate jdbc) {
        return new ReviewedProposalFixture(jdbc, 2020);
    }

    /** A reviewed proposal of a 2020 cluster-year of its own: every item accepted. */
    public static ReviewedProposalFixture reviewed(JdbcTemplate jdbc) {
        ReviewedProposalFixture f = new ReviewedProposalFixture(jdbc, 2020);
        f.review();
        return f;
    }

    /** Accepts every item (the last one rejected when {@code rejectLast}) and concludes the review. */
    public ReviewedProposalFixture review() {
        return review(false);
    }

    public ReviewedProposalFixture review(boolean rejectLast) {
        for (int i = 0; i < items.size(); i++) {
            boolean reject = rejectLast && i == items.size() - 1;
            jdbc.update(
                    "update award_proposal_item set review_outcome = ?, review_reason = ?, reviewed_by = 'admin', reviewed_at = now() where id = ?",
                    reject ? "REJECTED" : "ACCEPTED",
                    reject ? "Chưa đủ tiêu chuẩn" : null,
                    items.get(i));
            jdbc.update(
                    "insert into award_proposal_item_review (item_id, kind, outcome, reason, actor, occurred_at) values (?, ?, ?, ?, 'admin', now())",
                    items.get(i),
                    reject ? "REJECTED" : "ACCEPTED",
                    reject ? "REJECTED" : "ACCEPTED",
                    reject ? "Chưa đủ tiêu chuẩn" : null);
        }
        jdbc.update(
                "insert into award_proposal_status_change (proposal_id, from_status, to_status, actor, occurred_at) values (?, 'SUBMITTED', 'REVIEWED', 'admin', now())",
                proposalId);
        jdbc.update("update award_proposal set status = 'REVIEWED', version = version + 1 where id = ?", proposalId);
        return this;
    }

    /** Signs in as {@code username} for service calls. */
    public CurrentUser as(String username) {
        CurrentUser user = Users.principal(jdbc, username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }

    public String status() {
        return jdbc.queryForObject("select status from cluster_term where id = ?", String.class, termId);
    }

    private long id(String sql, Object... args) {
        Long id = jdbc.queryForObject(sql, Long.class, args);
        if (id == null) {
            throw new IllegalStateException("no row for " + sql);
        }
        return id;
    }
}

package vn.thidua.award.review;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.access.AccessPolicy;
import vn.thidua.access.CurrentUser;
import vn.thidua.access.CurrentUsers;
import vn.thidua.audit.AuditEntry;
import vn.thidua.audit.AuditTrail;
import vn.thidua.award.proposal.Gender;
import vn.thidua.award.proposal.Proposal;
import vn.thidua.award.proposal.ProposalException;
import vn.thidua.award.proposal.ProposalItem;
import vn.thidua.award.proposal.ProposalPage;
import vn.thidua.award.proposal.ProposalService;
import vn.thidua.award.proposal.ProposalStatus;
import vn.thidua.award.proposal.ProposalStatusChange;
import vn.thidua.award.proposal.ReviewOutcome;
import vn.thidua.award.type.AwardType;
import vn.thidua.award.type.AwardTypeRepository;
import vn.thidua.common.NotFoundException;
import vn.thidua.common.TextInput;
import vn.thidua.common.Versions;
import vn.thidua.notification.NotificationMessage;
import vn.thidua.notification.Notifications;
import vn.thidua.organization.ClusterYear;
import vn.thidua.organization.ClusterYearMember;
import vn.thidua.organization.ClusterYearSummary;
import vn.thidua.organization.ClusterYears;
import vn.thidua.organization.OrganizerSummary;
import vn.thidua.organization.Organizers;
import vn.thidua.organization.UnitSummary;
import vn.thidua.organization.Units;

/**
 * The organiser's review of the proposals sent to it (thẩm định): its staff read them; a reviewer recommends an outcome
 * per item; an administrator accepts or rejects each item, returns the whole proposal for correction, or concludes the
 * review once every item has its outcome. Every step keeps its history and its audit entry; a form made on an older
 * state of the proposal (its version, or the last review row it showed) is refused, nothing overwritten.
 */
@Service("proposalReviewService")
public class ReviewService {

    static final String ENTITY = "AwardProposalReview";
    public static final int REASON_MAX = ProposalItem.REASON_MAX;
    public static final int COMMENTS_MAX = 1000;
    static final Set<ProposalStatus> SENT =
            EnumSet.of(ProposalStatus.SUBMITTED, ProposalStatus.RETURNED, ProposalStatus.REVIEWED);

    private final ReviewProposalRepository proposals;
    private final ReviewQueueQuery queueQuery;
    private final ItemReviewRepository reviews;
    private final ReviewStatusHistory history;
    private final ProposalService proposalPages;
    private final AwardTypeRepository types;
    private final ClusterYears clusterYears;
    private final Organizers organizers;
    private final Units units;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Notifications notifications;
    private final Clock clock;

    ReviewService(
            ReviewProposalRepository proposals,
            ReviewQueueQuery queueQuery,
            ItemReviewRepository reviews,
            ReviewStatusHistory history,
            ProposalService proposalPages,
            AwardTypeRepository types,
            ClusterYears clusterYears,
            Organizers organizers,
            Units units,
            AccessPolicy policy,
            AuditTrail audit,
            Notifications notifications,
            Clock clock) {
        this.proposals = proposals;
        this.queueQuery = queueQuery;
        this.reviews = reviews;
        this.history = history;
        this.proposalPages = proposalPages;
        this.types = types;
        this.clusterYears = clusterYears;
        this.organizers = organizers;
        this.units = units;
        this.policy = policy;
        this.audit = audit;
        this.notifications = notifications;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- reading

    /** The working year of the signed-in staff's organiser. */
    @Transactional(readOnly = true)
    public int workingYear() {
        return organizers.workingYear(policy.requireStaff().organizerId());
    }

    /**
     * The queue of the signed-in staff's organiser for a year: every sent proposal (or those of one status) of its
     * clusters, and every onward proposal a province submitted to it, with their items counted by outcome, sorted and
     * paged together.
     */
    @Transactional(readOnly = true)
    public Page<ReviewQueueRow> queue(int year, ProposalStatus status, Pageable pageable) {
        CurrentUser user = policy.requireStaff();
        Map<Long, ClusterYearSummary> years = clusterYears.ofOrganizer(user.organizerId(), year).stream()
                .collect(Collectors.toMap(ClusterYearSummary::id, Function.identity()));
        Set<ProposalStatus> statuses = status != null && SENT.contains(status) ? EnumSet.of(status) : SENT;
        List<String> names = statuses.stream().map(ProposalStatus::name).toList();
        long total = queueQuery.count(user.organizerId(), year, years.keySet(), names);
        if (total == 0 || pageable.getOffset() >= total) {
            return new PageImpl<>(List.of(), pageable, total);
        }
        List<ReviewQueueQuery.Found> found = queueQuery.page(user.organizerId(), year, years.keySet(), names, pageable);
        Map<Long, OrganizerSummary> provinces = organizers.byIds(found.stream()
                .filter(f -> f.source() == ReviewQueueRow.Source.ONWARD)
                .map(ReviewQueueQuery.Found::senderId)
                .collect(Collectors.toSet()));
        List<ReviewQueueRow> rows = found.stream()
                .map(f -> {
                    boolean onward = f.source() == ReviewQueueRow.Source.ONWARD;
                    String title;
                    if (onward) {
                        OrganizerSummary province = provinces.get(f.senderId());
                        title = province == null ? "—" : province.name();
                    } else {
                        ClusterYearSummary y = years.get(f.senderId());
                        title = y == null ? "—" : y.clusterName();
                    }
                    return new ReviewQueueRow(
                            f.source(),
                            f.id(),
                            (onward ? "/onward/" : "/review/proposals/") + f.id(),
                            title,
                            ProposalStatus.valueOf(f.status()),
                            f.submittedAt(),
                            f.items(),
                            f.accepted(),
                            f.rejected());
                })
                .toList();
        return new PageImpl<>(rows, pageable, total);
    }

    /** The review page of a sent proposal, for the staff of its organiser. */
    @Transactional(readOnly = true)
    public ReviewPage page(long proposalId) {
        CurrentUser user = CurrentUsers.require();
        Proposal proposal = proposals.findById(proposalId).orElseThrow(() -> new NotFoundException("proposal"));
        ClusterYear year = staffYear(user, proposal);
        ProposalPage page = proposalPages.page(year.id());
        List<Long> itemIds =
                proposal.getItems().stream().map(ProposalItem::getId).toList();
        Map<Long, List<ItemReviewEntry>> byItem = new HashMap<>();
        Map<Long, Long> stamps = new HashMap<>();
        long stamp = 0;
        if (!itemIds.isEmpty()) {
            for (ItemReviewEntry entry : reviews.findByItemIdInOrderByIdAsc(itemIds)) {
                byItem.computeIfAbsent(entry.getItemId(), i -> new ArrayList<>())
                        .add(entry);
                stamps.put(entry.getItemId(), entry.getId());
                stamp = Math.max(stamp, entry.getId());
            }
        }
        return new ReviewPage(
                page,
                proposalPages.checks(year.id()),
                byItem,
                stamps,
                stamp,
                policy.isStaffOf(user, year.organizerId()),
                policy.isAdminOf(user, year.organizerId()));
    }

    /**
     * The accepted items of an organiser's reviewed proposals of a year that no decision has granted yet, by cluster:
     * what a decision may award. For the organiser's staff.
     */
    @Transactional(readOnly = true)
    public List<AcceptedItem> acceptedNotDecided(long organizerId, int year) {
        policy.requireStaffOf(organizerId);
        Map<Long, ClusterYearSummary> years = clusterYears.ofOrganizer(organizerId, year).stream()
                .collect(Collectors.toMap(ClusterYearSummary::id, Function.identity()));
        if (years.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = proposals.acceptedNotDecided(years.keySet());
        Map<Long, UnitSummary> unitNames =
                units.byIds(rows.stream().map(r -> (Long) r[3]).collect(Collectors.toSet()));
        Map<Long, String> typeNames = new HashMap<>();
        types.findByOrganizer(organizerId).forEach(t -> typeNames.put(t.getId(), t.getName()));
        return rows.stream()
                .map(r -> {
                    ClusterYearSummary y = years.get((Long) r[2]);
                    UnitSummary unit = unitNames.get((Long) r[3]);
                    return new AcceptedItem(
                            (Long) r[0],
                            (Long) r[1],
                            y.id(),
                            y.clusterName(),
                            y.year(),
                            (Long) r[3],
                            unit == null ? "—" : unit.name(),
                            (Long) r[4],
                            typeNames.getOrDefault((Long) r[4], "—"),
                            (String) r[5],
                            (String) r[6],
                            (Gender) r[7],
                            (String) r[8]);
                })
                .toList();
    }

    // ---------------------------------------------------------------- changing

    /** A reviewer's recommendation for an item (a rejection with its reason); any staff of the organiser. */
    @Transactional
    public void recommend(
            long proposalId, long itemId, long version, long stamp, ReviewOutcome outcome, String reason) {
        CurrentUser user = CurrentUsers.require();
        Proposal proposal = lockedForReview(user, proposalId, version, false);
        ProposalItem item = itemOf(proposal, itemId, stamp);
        ClusterYear year = clusterYears.get(proposal.getClusterYearId());
        String text = reason == null
                ? null
                : TextInput.require(reason, REASON_MAX, true).strip();
        ReviewOutcome before = item.getRecommendedOutcome();
        Instant now = clock.instant();
        proposal.recommend(item, outcome, text, user.getUsername(), now);
        proposals.flush();
        reviews.save(
                new ItemReviewEntry(item.getId(), ItemReviewKind.RECOMMENDED, outcome, text, user.getUsername(), now));
        Map<String, Object> after = itemFacts(year, item);
        after.put("recommendation", outcome);
        putIfPresent(after, "reason", text);
        record(
                year,
                proposal,
                ReviewAuditAction.REVIEW_RECOMMENDED,
                before == null ? Map.of() : Map.of("recommendation", before),
                after);
    }

    /** The administrator's outcome for an item: accepted, or rejected with a reason. */
    @Transactional
    public void judge(long proposalId, long itemId, long version, long stamp, ReviewOutcome outcome, String reason) {
        CurrentUser user = CurrentUsers.require();
        Proposal proposal = lockedForReview(user, proposalId, version, true);
        ProposalItem item = itemOf(proposal, itemId, stamp);
        ClusterYear year = clusterYears.get(proposal.getClusterYearId());
        String text = reason == null
                ? null
                : TextInput.require(reason, REASON_MAX, true).strip();
        ReviewOutcome before = item.getReviewOutcome();
        Instant now = clock.instant();
        proposal.judge(item, outcome, text, user.getUsername(), now);
        proposals.flush();
        reviews.save(new ItemReviewEntry(
                item.getId(),
                outcome == ReviewOutcome.ACCEPTED ? ItemReviewKind.ACCEPTED : ItemReviewKind.REJECTED,
                outcome,
                text,
                user.getUsername(),
                now));
        Map<String, Object> after = itemFacts(year, item);
        after.put("outcome", outcome);
        putIfPresent(after, "reason", text);
        record(
                year,
                proposal,
                outcome == ReviewOutcome.ACCEPTED
                        ? ReviewAuditAction.REVIEW_ITEM_ACCEPTED
                        : ReviewAuditAction.REVIEW_ITEM_REJECTED,
                before == null ? Map.of() : Map.of("outcome", before),
                after);
    }

    /**
     * Returns the whole proposal to its cluster for correction with the administrator's comments: its items' review is
     * forgotten, the head is told and corrects and submits it again.
     */
    @Transactional
    public void returnForCorrection(long proposalId, long version, long stamp, String comments) {
        CurrentUser user = CurrentUsers.require();
        Proposal proposal = lockedForReview(user, proposalId, version, true);
        requireStamp(proposal, stamp);
        String text = comments == null
                ? ""
                : TextInput.require(comments, COMMENTS_MAX, true).strip();
        if (text.isEmpty()) {
            throw new ProposalException("review.return.commentsRequired");
        }
        ClusterYear year = clusterYears.get(proposal.getClusterYearId());
        Instant now = clock.instant();
        ProposalStatus before = proposal.returnForCorrection(now);
        proposals.flush();
        for (ProposalItem item : proposal.getItems()) {
            reviews.save(
                    new ItemReviewEntry(item.getId(), ItemReviewKind.CLEARED, null, null, user.getUsername(), now));
        }
        history.save(ProposalStatusChange.of(
                proposal.getId(), before, ProposalStatus.RETURNED, user.getUsername(), now, text));
        record(
                year,
                proposal,
                ReviewAuditAction.REVIEW_PROPOSAL_RETURNED,
                Map.of("status", before),
                Map.of("status", ProposalStatus.RETURNED, "comments", text));
        tellHead(year, "review.notify.returned");
    }

    /** Concludes the review once every item has its outcome: the accepted items are ready for a decision. */
    @Transactional
    public void conclude(long proposalId, long version, long stamp) {
        CurrentUser user = CurrentUsers.require();
        Proposal proposal = lockedForReview(user, proposalId, version, true);
        requireStamp(proposal, stamp);
        ClusterYear year = clusterYears.get(proposal.getClusterYearId());
        Instant now = clock.instant();
        ProposalStatus before = proposal.concludeReview(now);
        proposals.flush();
        history.save(ProposalStatusChange.of(
                proposal.getId(), before, ProposalStatus.REVIEWED, user.getUsername(), now, null));
        long accepted =
                proposal.getItems().stream().filter(ProposalItem::isAccepted).count();
        record(
                year,
                proposal,
                ReviewAuditAction.REVIEW_CONCLUDED,
                Map.of("status", before),
                Map.of(
                        "status",
                        ProposalStatus.REVIEWED,
                        "accepted",
                        accepted,
                        "rejected",
                        proposal.getItems().size() - accepted));
        tellHead(year, "review.notify.concluded");
    }

    // ---------------------------------------------------------------- helpers

    /** The cluster-year of a sent proposal, when the person is staff of its organiser; a draft is not found. */
    private ClusterYear staffYear(CurrentUser user, Proposal proposal) {
        ClusterYear year = clusterYears.get(proposal.getClusterYearId());
        if (!policy.isStaffOf(user, year.organizerId())) {
            throw new AccessDeniedException("only the organiser's staff review its proposals");
        }
        if (proposal.getStatus() == ProposalStatus.DRAFT) {
            throw new NotFoundException("proposal");
        }
        return year;
    }

    /** The proposal locked for a review step: staff (or administrator) of its organiser, an open year, same version. */
    private Proposal lockedForReview(CurrentUser user, long proposalId, long version, boolean administrator) {
        Proposal proposal = proposals.lockById(proposalId).orElseThrow(() -> new NotFoundException("proposal"));
        ClusterYear year = staffYear(user, proposal);
        if (administrator && !policy.isAdminOf(user, year.organizerId())) {
            throw new AccessDeniedException("only an administrator decides the review's outcome");
        }
        if (year.isReadOnly()) {
            throw new ProposalException("review.error.closedYear");
        }
        Versions.require(version, proposal.getVersion());
        return proposal;
    }

    private ProposalItem itemOf(Proposal proposal, long itemId, long stamp) {
        ProposalItem item = proposal.item(itemId).orElseThrow(() -> new ProposalException("review.error.itemGone"));
        Versions.require(stamp, reviews.lastOf(List.of(item.getId())));
        return item;
    }

    private void requireStamp(Proposal proposal, long stamp) {
        List<Long> ids = proposal.getItems().stream().map(ProposalItem::getId).toList();
        Versions.require(stamp, ids.isEmpty() ? 0L : reviews.lastOf(ids));
    }

    private Map<String, Object> itemFacts(ClusterYear year, ProposalItem item) {
        Map<String, Object> facts = new LinkedHashMap<>();
        String unit = year.member(item.getUnitId())
                .map(ClusterYearMember::unitName)
                .orElseGet(() ->
                        units.find(item.getUnitId()).map(UnitSummary::name).orElse("—"));
        facts.put("candidate", item.isIndividual() ? item.getPersonName() + " (" + unit + ")" : unit);
        facts.put(
                "awardType",
                types.findById(item.getAwardTypeId()).map(AwardType::getName).orElse("—"));
        return facts;
    }

    private static void putIfPresent(Map<String, Object> values, String key, String text) {
        if (text != null && !text.isEmpty()) {
            values.put(key, text);
        }
    }

    private void tellHead(ClusterYear year, String key) {
        year.head()
                .ifPresent(head -> notifications.notifyUnits(
                        List.of(head.unitId()),
                        NotificationMessage.of(
                                key,
                                "/proposals/term/" + year.id(),
                                year.clusterName(),
                                Integer.toString(year.year()))));
    }

    private void record(
            ClusterYear year,
            Proposal proposal,
            ReviewAuditAction action,
            Map<String, ?> before,
            Map<String, ?> after) {
        audit.record(AuditEntry.of(
                        year.organizerId(), action, ENTITY, proposal.getId(), year.clusterName() + " " + year.year())
                .withValues(before, after));
    }
}

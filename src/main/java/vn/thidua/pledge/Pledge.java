package vn.thidua.pledge;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.annotations.OptimisticLock;
import vn.thidua.common.BusinessTime;
import vn.thidua.organization.ClusterYear;
import vn.thidua.organization.ClusterYearMember;

/**
 * The pledge (giao ước thi đua) of one cluster-year. The head drafts it; opening it for signing freezes its text
 * (the canonical text and its SHA-256 hash); each member unit signs once; the head countersigns last, which
 * completes it. Withdrawing voids every signature collected and returns it to a draft. Nothing changes in a closed
 * year. The cluster-year itself belongs to organisation: the pledge keeps its id, and each action is given the
 * cluster-year (its members, head and status) as a record by the service.
 */
@Entity
@Table(name = "pledge")
public class Pledge {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "term_id", nullable = false, updatable = false)
    private Long clusterYearId;

    @Column(name = "organizer_id", nullable = false)
    private Long organizerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PledgeStatus status = PledgeStatus.DRAFT;

    @Column(nullable = false)
    private String title;

    @Column(name = "signing_place")
    private String signingPlace;

    private String preamble;

    private String goals;

    private String commitments;

    private LocalDate deadline;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "canonical_text")
    private String canonicalText;

    @Column(name = "text_hash")
    private String textHash;

    @Column(name = "verify_code", nullable = false, updatable = false)
    private String verifyCode;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "pledge", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PledgeTarget> targets = new ArrayList<>();

    // Answers come from many people at once; they are serialised by a row lock, not by the edit version.
    @OneToMany(
            mappedBy = "pledge",
            cascade = {CascadeType.PERSIST, CascadeType.MERGE})
    @OrderBy("answeredAt, id")
    @OptimisticLock(excluded = true)
    private List<PledgeSignature> signatures = new ArrayList<>();

    @OneToMany(mappedBy = "pledge", cascade = CascadeType.PERSIST)
    @OrderBy("occurredAt, id")
    @OptimisticLock(excluded = true)
    private List<PledgeStatusChange> history = new ArrayList<>();

    protected Pledge() {}

    /** A new draft for a cluster-year; {@code verifyCode} is the unguessable token of its public verification page. */
    public static Pledge draft(ClusterYear year, PledgeContent content, String verifyCode, Actor actor, Instant at) {
        Pledge pledge = new Pledge();
        pledge.clusterYearId = year.id();
        pledge.requireWritable(year);
        pledge.organizerId = year.organizerId();
        pledge.verifyCode = verifyCode;
        pledge.describe(year, content, at);
        pledge.history.add(new PledgeStatusChange(pledge, null, PledgeStatus.DRAFT, actor, at, null, null, null));
        return pledge;
    }

    /** Saves a new version of the draft. Only drafts change: the text of an open or completed pledge is frozen. */
    public void revise(ClusterYear year, PledgeContent content, Instant at) {
        requireWritable(year);
        if (status != PledgeStatus.DRAFT) {
            throw new PledgeException("pledge.frozen");
        }
        describe(year, content, at);
    }

    private void describe(ClusterYear year, PledgeContent content, Instant at) {
        if (content.title() == null || content.title().isBlank()) {
            throw new PledgeException("pledge.title.required");
        }
        List<PledgeTarget> newTargets = new ArrayList<>();
        for (TargetDraft draft : content.targets()) {
            if (draft.name().isBlank()) {
                throw new PledgeException("pledge.target.nameRequired", newTargets.size() + 1);
            }
            if (draft.value() != null && !draft.memberValues().isEmpty()) {
                throw new PledgeException(
                        "pledge.target.bothValues", draft.name().strip());
            }
            for (Long unitId : draft.memberValues().keySet()) {
                if (!year.hasMember(unitId)) {
                    throw new PledgeException(
                            "pledge.target.notMember", draft.name().strip());
                }
            }
            newTargets.add(new PledgeTarget(this, newTargets.size(), draft));
        }
        this.title = content.title().strip();
        this.signingPlace = clean(content.signingPlace());
        this.preamble = clean(content.preamble());
        this.goals = clean(content.goals());
        this.commitments = clean(content.commitments());
        this.targets.clear();
        this.targets.addAll(newTargets);
        this.updatedAt = at;
    }

    /** Opens the pledge for signing until {@code deadline}: its text is frozen from now on. */
    public void open(ClusterYear year, LocalDate newDeadline, LocalDate today, Actor actor, Instant at) {
        requireWritable(year);
        requireTransition(PledgeStatus.OPEN);
        if (newDeadline == null) {
            throw new PledgeException("pledge.deadline.required");
        }
        if (newDeadline.isBefore(today)) {
            throw new PledgeException("pledge.deadline.past");
        }
        if (targets.isEmpty()) {
            throw new PledgeException("pledge.targets.required");
        }
        if (year.head().isEmpty()) {
            throw new PledgeException("pledge.term.noHead");
        }
        this.deadline = newDeadline;
        this.canonicalText = CanonicalText.of(this, year.year());
        this.textHash = CanonicalText.sha256(canonicalText);
        this.openedAt = at;
        this.completedAt = null;
        moveTo(PledgeStatus.OPEN, actor, at, null, textHash, canonicalText);
    }

    /**
     * Withdraws the open pledge so that its text can change: every answer collected becomes void (kept, marked
     * void) and the pledge is a draft again. Returns the answers voided, so that their signers can be told.
     */
    public List<PledgeSignature> withdraw(ClusterYear year, String reason, Actor actor, Instant at) {
        requireWritable(year);
        requireTransition(PledgeStatus.WITHDRAWN);
        if (reason == null || reason.isBlank()) {
            throw new PledgeException("pledge.withdraw.reasonRequired");
        }
        List<PledgeSignature> voided =
                signatures.stream().filter(PledgeSignature::isValid).toList();
        voided.forEach(signature -> signature.voidBecause(reason.strip(), at));
        moveTo(PledgeStatus.WITHDRAWN, actor, at, reason.strip(), null, null);
        this.canonicalText = null;
        this.textHash = null;
        this.openedAt = null;
        moveTo(PledgeStatus.DRAFT, actor, at, null, null, null);
        return voided;
    }

    /** A member unit signs the text whose hash its signer saw. A unit signs once; a decline may be followed by a signature. */
    public PledgeSignature sign(
            ClusterYear year, long unitId, Actor signer, String seenHash, String ipAddress, Instant at) {
        ClusterYearMember unit = requireAnsweringMember(year, unitId, seenHash);
        Optional<PledgeSignature> current = currentAnswer(unitId);
        if (current.isPresent() && current.get().getAnswer() == SignatureAnswer.SIGNED) {
            throw new PledgeException("pledge.sign.already", unit.unitName());
        }
        current.ifPresent(PledgeSignature::supersede);
        PledgeSignature signature = new PledgeSignature(
                this,
                unitId,
                unit.unitName(),
                signer,
                SignatureRole.MEMBER,
                SignatureAnswer.SIGNED,
                at,
                ipAddress,
                textHash,
                null);
        signatures.add(signature);
        return signature;
    }

    /** A member unit declines to sign, with a reason; it may sign later. */
    public PledgeSignature decline(
            ClusterYear year, long unitId, Actor signer, String reason, String seenHash, String ipAddress, Instant at) {
        ClusterYearMember unit = requireAnsweringMember(year, unitId, seenHash);
        if (reason == null || reason.isBlank()) {
            throw new PledgeException("pledge.decline.reasonRequired");
        }
        Optional<PledgeSignature> current = currentAnswer(unitId);
        if (current.isPresent() && current.get().getAnswer() == SignatureAnswer.SIGNED) {
            throw new PledgeException("pledge.sign.already", unit.unitName());
        }
        current.ifPresent(PledgeSignature::supersede);
        PledgeSignature answer = new PledgeSignature(
                this,
                unitId,
                unit.unitName(),
                signer,
                SignatureRole.MEMBER,
                SignatureAnswer.DECLINED,
                at,
                ipAddress,
                textHash,
                reason.strip());
        signatures.add(answer);
        return answer;
    }

    /** The head countersigns for its unit once every member has signed, which completes the pledge. */
    public PledgeSignature countersign(ClusterYear year, Actor signer, String seenHash, String ipAddress, Instant at) {
        requireWritable(year);
        requireOpen();
        requireSameText(seenHash);
        ClusterYearMember head = year.head().orElseThrow(() -> new PledgeException("pledge.term.noHead"));
        long pending = memberUnits(year).stream()
                .filter(unit -> !hasSigned(unit.unitId()))
                .count();
        if (pending > 0) {
            throw new PledgeException("pledge.countersign.membersPending", pending);
        }
        PledgeSignature signature = new PledgeSignature(
                this,
                head.unitId(),
                head.unitName(),
                signer,
                SignatureRole.HEAD,
                SignatureAnswer.SIGNED,
                at,
                ipAddress,
                textHash,
                null);
        signatures.add(signature);
        this.completedAt = at;
        moveTo(PledgeStatus.COMPLETED, signer, at, null, null, null);
        return signature;
    }

    private ClusterYearMember requireAnsweringMember(ClusterYear year, long unitId, String seenHash) {
        requireWritable(year);
        requireOpen();
        ClusterYearMember member = year.member(unitId).orElseThrow(() -> new PledgeException("pledge.sign.notMember"));
        if (member.isHead()) {
            throw new PledgeException("pledge.sign.headCountersigns");
        }
        requireSameText(seenHash);
        return member;
    }

    private void requireOpen() {
        if (status != PledgeStatus.OPEN) {
            throw new PledgeException("pledge.notOpen");
        }
    }

    private void requireSameText(String seenHash) {
        if (seenHash == null || !seenHash.equals(textHash)) {
            throw new PledgeException("pledge.sign.textChanged");
        }
    }

    private void requireTransition(PledgeStatus next) {
        if (!status.canTransitionTo(next)) {
            throw new PledgeException("pledge.status.invalidTransition");
        }
    }

    private void moveTo(PledgeStatus next, Actor actor, Instant at, String reason, String hash, String text) {
        requireTransition(next);
        history.add(new PledgeStatusChange(this, status, next, actor, at, reason, hash, text));
        this.status = next;
        this.updatedAt = at;
    }

    /** Refuses any change in a closed year; {@code year} must be this pledge's own cluster-year. */
    private void requireWritable(ClusterYear year) {
        requireOwn(year);
        if (year.isReadOnly()) {
            throw new PledgeException("pledge.term.closed", year.year());
        }
    }

    private void requireOwn(ClusterYear year) {
        if (year == null || year.id() != clusterYearId) {
            throw new IllegalArgumentException("not this pledge's cluster-year");
        }
    }

    private static String clean(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    /** The unit's standing answer, if any. */
    public Optional<PledgeSignature> currentAnswer(long unitId) {
        return signatures.stream()
                .filter(s -> s.isValid() && s.getUnitId() == unitId)
                .findFirst();
    }

    public boolean hasSigned(long unitId) {
        return currentAnswer(unitId).map(PledgeSignature::isValidSignature).orElse(false);
    }

    /** The units that sign as members: every member of the cluster-year but the head, which countersigns. */
    public List<ClusterYearMember> memberUnits(ClusterYear year) {
        requireOwn(year);
        return year.members().stream()
                .filter(m -> !m.isHead())
                .sorted(Comparator.comparing(ClusterYearMember::unitName))
                .toList();
    }

    public long signedMemberCount(ClusterYear year) {
        return memberUnits(year).stream()
                .filter(unit -> hasSigned(unit.unitId()))
                .count();
    }

    public boolean allMembersSigned(ClusterYear year) {
        return signedMemberCount(year) == memberUnits(year).size();
    }

    /** The standing signatures, members first, the head's countersignature last. */
    public List<PledgeSignature> validSignatures() {
        return signatures.stream()
                .filter(PledgeSignature::isValidSignature)
                .sorted(Comparator.comparing((PledgeSignature s) -> s.getRole() == SignatureRole.HEAD)
                        .thenComparing(PledgeSignature::getAnsweredAt)
                        .thenComparing(PledgeSignature::getId, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** The hash of the canonical text rebuilt from the stored fields now, for the pledge of {@code year}. */
    public String recomputedHash(int year) {
        return CanonicalText.sha256(CanonicalText.of(this, year));
    }

    public boolean isOverdue(LocalDate today) {
        return status == PledgeStatus.OPEN && deadline != null && deadline.isBefore(today);
    }

    /** The targets of one field, in order. */
    public List<PledgeTarget> targetsOf(PledgeField field) {
        return targets.stream().filter(t -> t.getField() == field).toList();
    }

    public PledgeContent content() {
        return new PledgeContent(
                title,
                signingPlace,
                preamble,
                goals,
                targets.stream().map(PledgeTarget::toDraft).toList(),
                commitments);
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", status);
        state.put("title", title);
        state.put("signingPlace", signingPlace);
        state.put("deadline", deadline);
        state.put("targets", targets.size());
        state.put("textHash", textHash);
        state.put("preamble", preamble);
        state.put("goals", goals);
        state.put("commitments", commitments);
        state.put(
                "targetList",
                targets.stream()
                        .map(t -> t.getField() + ": " + t.getName()
                                + (t.getTargetValue() == null
                                        ? ""
                                        : " = " + PledgeNumbers.canonical(t.getTargetValue()))
                                + (t.isPerMember() ? " " + t.getMemberValues() : ""))
                        .toList());
        return state;
    }

    public Long getId() {
        return id;
    }

    /** The cluster-year (organisation's {@code ClusterYears}) this pledge is of. */
    public Long getClusterYearId() {
        return clusterYearId;
    }

    public Long getOrganizerId() {
        return organizerId;
    }

    public PledgeStatus getStatus() {
        return status;
    }

    public String getTitle() {
        return title;
    }

    public String getSigningPlace() {
        return signingPlace;
    }

    public String getPreamble() {
        return preamble;
    }

    public String getGoals() {
        return goals;
    }

    public String getCommitments() {
        return commitments;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public java.time.LocalDateTime getCompletedAtLocal() {
        return BusinessTime.localDateTime(completedAt);
    }

    public java.time.LocalDateTime getOpenedAtLocal() {
        return BusinessTime.localDateTime(openedAt);
    }

    public String getCanonicalText() {
        return canonicalText;
    }

    public String getTextHash() {
        return textHash;
    }

    public String getVerifyCode() {
        return verifyCode;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    public List<PledgeTarget> getTargets() {
        return List.copyOf(targets);
    }

    public List<PledgeSignature> getSignatures() {
        return List.copyOf(signatures);
    }

    public List<PledgeStatusChange> getHistory() {
        return List.copyOf(history);
    }
}

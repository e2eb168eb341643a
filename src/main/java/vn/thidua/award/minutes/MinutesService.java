package vn.thidua.award.minutes;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.access.AccessPolicy;
import vn.thidua.access.CurrentUser;
import vn.thidua.access.CurrentUsers;
import vn.thidua.audit.AuditEntry;
import vn.thidua.audit.AuditTrail;
import vn.thidua.award.type.AwardType;
import vn.thidua.award.type.AwardTypeRepository;
import vn.thidua.award.type.VoteBase;
import vn.thidua.award.vote.CandidateOutcome;
import vn.thidua.award.vote.VoteOutcome;
import vn.thidua.award.vote.VoteOutcomes;
import vn.thidua.common.NotFoundException;
import vn.thidua.common.Versions;
import vn.thidua.notification.NotificationMessage;
import vn.thidua.notification.Notifications;
import vn.thidua.organization.ClusterTermStatus;
import vn.thidua.organization.ClusterYear;
import vn.thidua.organization.ClusterYearMember;
import vn.thidua.organization.ClusterYears;
import vn.thidua.organization.Units;
import vn.thidua.scoring.Rankings;

/**
 * The minutes of the meeting that closed a cluster-year's vote. Whoever may read the cluster-year (its members, the
 * organiser's staff) reads them and downloads their documents and the signed scan; the head of the working year or an
 * administrator enters the meeting's details and uploads the signed scan, once the vote is closed and until the
 * proposal is submitted (a closed year is read-only).
 */
@Service
@Transactional
public class MinutesService {

    static final String ENTITY = "VoteMinutes";

    private final VoteMinutesRepository minutes;
    private final MinutesScanRepository scans;
    private final MinutesStatusChangeRepository history;
    private final ClusterYears clusterYears;
    private final Units units;
    private final VoteOutcomes outcomes;
    private final Rankings rankings;
    private final AwardTypeRepository types;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Notifications notifications;
    private final Clock clock;

    MinutesService(
            VoteMinutesRepository minutes,
            MinutesScanRepository scans,
            MinutesStatusChangeRepository history,
            ClusterYears clusterYears,
            Units units,
            VoteOutcomes outcomes,
            Rankings rankings,
            AwardTypeRepository types,
            AccessPolicy policy,
            AuditTrail audit,
            Notifications notifications,
            Clock clock) {
        this.minutes = minutes;
        this.scans = scans;
        this.history = history;
        this.clusterYears = clusterYears;
        this.units = units;
        this.outcomes = outcomes;
        this.rankings = rankings;
        this.types = types;
        this.policy = policy;
        this.audit = audit;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** The page and the documents: to whoever may read the cluster-year; anyone else finds nothing. */
    @Transactional(readOnly = true)
    public MinutesView view(long clusterYearId) {
        ClusterYear year = readable(clusterYearId);
        CurrentUser user = CurrentUsers.require();
        Optional<VoteOutcome> vote = outcomes.closedVote(clusterYearId);
        Optional<VoteMinutes> entered = minutes.findByClusterYearId(clusterYearId);
        Set<Long> unitIds = new HashSet<>();
        vote.ifPresent(v -> {
            v.candidates().forEach(c -> unitIds.add(c.unitId()));
            v.nextHeadUnitId().ifPresent(unitIds::add);
            unitIds.addAll(v.nextDeputyUnitIds());
        });
        boolean editable = vote.isPresent() && open(year) && policy.isHeadOrAdminOf(user, clusterYearId);
        return new MinutesView(
                year,
                vote,
                vote.isPresent() ? rankings.finalRanking(clusterYearId) : Optional.empty(),
                entered,
                vote.map(this::results).orElse(List.of()),
                unitIds.isEmpty() ? Map.of() : units.byIds(unitIds),
                scans.findInfo(clusterYearId),
                editable,
                editable && entered.isPresent());
    }

    private List<MinutesView.TypeResult> results(VoteOutcome vote) {
        Map<Long, List<CandidateOutcome>> byType = new LinkedHashMap<>();
        vote.candidates()
                .forEach(c -> byType.computeIfAbsent(c.awardTypeId(), id -> new ArrayList<>())
                        .add(c));
        Map<Long, AwardType> known = new LinkedHashMap<>();
        types.findAllById(byType.keySet()).forEach(t -> known.put(t.getId(), t));
        List<MinutesView.TypeResult> results = new ArrayList<>();
        byType.forEach((typeId, candidates) -> {
            AwardType type = known.get(typeId);
            if (type == null) {
                return;
            }
            candidates.sort(Comparator.comparing(CandidateOutcome::votesFor).reversed());
            results.add(new MinutesView.TypeResult(
                    typeId,
                    type.getName(),
                    ruleKey(type.getVoteBase(), type.isVoteShareStrict()),
                    type.getVoteSharePercent(),
                    candidates));
        });
        results.sort(Comparator.comparing(r -> known.get(r.awardTypeId()).getSortOrder()));
        return results;
    }

    static String ruleKey(VoteBase base, boolean strict) {
        return "minutes.rule." + (strict ? "over." : "atLeast.") + base.name();
    }

    /** Enters or corrects the meeting's details; every member must be listed once, present or absent. */
    public VoteMinutes saveDetails(long clusterYearId, Long version, MinutesDetails details) {
        ClusterYear year = editable(clusterYearId);
        Set<Long> listed = new HashSet<>();
        for (Attendance a : details.attendance()) {
            if (!year.hasMember(a.getUnitId()) || !listed.add(a.getUnitId())) {
                throw new MinutesException("minutes.attendance.unknownMember");
            }
        }
        if (listed.size() != year.members().size()) {
            throw new MinutesException("minutes.attendance.incomplete");
        }
        CurrentUser user = CurrentUsers.require();
        Optional<VoteMinutes> existing = minutes.findByClusterYearId(clusterYearId);
        VoteMinutes entry;
        Map<String, Object> before = null;
        if (existing.isPresent()) {
            entry = existing.get();
            Versions.require(version, entry.getVersion());
            before = entry.auditValues();
        } else {
            // A version sent for minutes that do not exist: they were read from another page or database state.
            Versions.require(version, null);
            entry = new VoteMinutes(clusterYearId);
        }
        entry.record(details, user.getUsername(), clock.instant());
        VoteMinutes saved = minutes.saveAndFlush(entry);
        if (existing.isEmpty()) {
            history.save(new MinutesStatusChange(
                    saved.getId(), null, MinutesStatus.DRAFT, user.getUsername(), clock.instant(), null));
        }
        audit.record(AuditEntry.of(
                        year.organizerId(),
                        existing.isEmpty()
                                ? MinutesAuditAction.MINUTES_DRAFTED.code()
                                : MinutesAuditAction.MINUTES_REVISED.code(),
                        ENTITY,
                        saved.getId(),
                        summary(year))
                .withValues(before, saved.auditValues()));
        return saved;
    }

    /** Refuses whoever may not change the minutes now, with the reason (a rule of the year or an access refusal). */
    @Transactional(readOnly = true)
    public void requireEditable(long clusterYearId) {
        editable(clusterYearId);
    }

    /**
     * Refuses, before any byte of an upload is read, whoever may not upload the signed scan now: called by the page
     * before it reads the file.
     */
    @Transactional(readOnly = true)
    public void requireScanUpload(long clusterYearId) {
        ClusterYear year = editable(clusterYearId);
        if (minutes.findByClusterYearId(year.id()).isEmpty()) {
            throw new MinutesException("minutes.scan.detailsFirst");
        }
    }

    /** Uploads the signed scan, or replaces it; the minutes are then signed and the members told. */
    public SignedMinutesFile uploadScan(long clusterYearId, String fileName, byte[] content) {
        ClusterYear year = editable(clusterYearId);
        VoteMinutes entry = minutes.findByClusterYearId(clusterYearId)
                .orElseThrow(() -> new MinutesException("minutes.scan.detailsFirst"));
        if (content == null || content.length == 0) {
            throw new MinutesException("minutes.scan.empty");
        }
        if (content.length > ScanType.MAX_BYTES) {
            throw new MinutesException("minutes.scan.tooLarge", ScanType.MAX_BYTES / (1024 * 1024));
        }
        String name = cleanName(fileName);
        ScanType type = ScanType.detect(content)
                .orElseThrow(() -> new MinutesException("minutes.scan.typeRefused", name.isEmpty() ? "—" : name));
        if (!type.matchesName(name)) {
            throw new MinutesException("minutes.scan.nameMismatch", name);
        }
        CurrentUser user = CurrentUsers.require();
        Optional<MinutesScan> previous = scans.findByMinutesId(entry.getId());
        String previousName = previous.map(MinutesScan::getFileName).orElse(null);
        previous.ifPresent(old -> {
            scans.delete(old);
            scans.flush();
        });
        MinutesScan scan = scans.saveAndFlush(
                new MinutesScan(entry.getId(), name, type, content, user.getUsername(), clock.instant()));
        Map<String, Object> before = entry.auditValues();
        MinutesStatus from = entry.sign(user.getUsername(), clock.instant());
        minutes.saveAndFlush(entry);
        history.save(new MinutesStatusChange(
                entry.getId(),
                from,
                MinutesStatus.SIGNED,
                user.getUsername(),
                clock.instant(),
                previousName == null ? null : previousName));
        Map<String, Object> after = entry.auditValues();
        before.put("scan", previousName);
        after.put("scan", name);
        audit.record(AuditEntry.of(
                        year.organizerId(),
                        previous.isEmpty()
                                ? MinutesAuditAction.MINUTES_SIGNED.code()
                                : MinutesAuditAction.MINUTES_SCAN_REPLACED.code(),
                        ENTITY,
                        entry.getId(),
                        summary(year))
                .withValues(before, after));
        notifications.notifyUnits(
                year.members().stream().map(ClusterYearMember::unitId).toList(),
                NotificationMessage.of(
                        "minutes.notify.signed",
                        "/award/cluster-years/" + clusterYearId + "/minutes",
                        year.clusterName(),
                        Integer.toString(year.year())));
        return new SignedMinutesFile(
                scan.getId(), clusterYearId, name, type.contentType(), content.length, scan.getUploadedAt());
    }

    /** The signed scan, to whoever may read the cluster-year. */
    @Transactional(readOnly = true)
    public MinutesScan scan(long clusterYearId) {
        readable(clusterYearId);
        return minutes.findByClusterYearId(clusterYearId)
                .flatMap(m -> scans.findByMinutesId(m.getId()))
                .orElseThrow(() -> new NotFoundException("minutes scan"));
    }

    /** The minutes' history, oldest first, to whoever may read the cluster-year. */
    @Transactional(readOnly = true)
    public List<MinutesStatusChange> history(long clusterYearId) {
        readable(clusterYearId);
        return minutes.findByClusterYearId(clusterYearId)
                .map(m -> history.findByMinutesIdOrderByOccurredAtAscIdAsc(m.getId()))
                .orElse(List.of());
    }

    private ClusterYear readable(long clusterYearId) {
        CurrentUser user = CurrentUsers.require();
        if (!policy.canRead(user, clusterYearId)) {
            throw new NotFoundException("cluster-year");
        }
        return clusterYears.get(clusterYearId);
    }

    /** The cluster-year, when the person may change its minutes now; otherwise the reason they may not. */
    private ClusterYear editable(long clusterYearId) {
        ClusterYear year = readable(clusterYearId);
        if (!policy.isHeadOrAdminOf(CurrentUsers.require(), clusterYearId)) {
            throw new AccessDeniedException("only the head of the working year or an administrator");
        }
        if (year.isReadOnly()) {
            throw new MinutesException("minutes.closedYear");
        }
        if (!open(year)) {
            throw new MinutesException("minutes.proposalSubmitted");
        }
        if (outcomes.closedVote(clusterYearId).isEmpty()) {
            throw new MinutesException("minutes.voteNotClosed");
        }
        return year;
    }

    /** The minutes change until the proposal is submitted: they belong to its dossier from then on. */
    private static boolean open(ClusterYear year) {
        ClusterTermStatus status = year.status();
        return status != ClusterTermStatus.PROPOSAL
                && status != ClusterTermStatus.DECIDED
                && status != ClusterTermStatus.CLOSED;
    }

    private static String summary(ClusterYear year) {
        return year.clusterName() + " " + year.year();
    }

    /** The file's own name without any folder a browser may send, control characters or excess length. */
    static String cleanName(String fileName) {
        if (fileName == null) {
            return "";
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = vn.thidua.common.TextInput.strip(name).strip();
        if (name.length() > 200) {
            int dot = name.lastIndexOf('.');
            String ext = dot >= 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, 200 - ext.length()) + ext;
        }
        return name;
    }
}

package vn.thidua.organization.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.JpaSort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.access.AccessPolicy;
import vn.thidua.access.CurrentUser;
import vn.thidua.access.CurrentUsers;
import vn.thidua.audit.AuditEntry;
import vn.thidua.audit.AuditTrail;
import vn.thidua.common.NotFoundException;
import vn.thidua.common.SearchText;
import vn.thidua.common.TextInput;
import vn.thidua.common.Versions;
import vn.thidua.organization.ClusterKind;
import vn.thidua.organization.ClusterScope;

/**
 * Clusters and blocs of the signed-in person's organiser and their years: members, head and deputies.
 * Provincial staff read them; only the organiser's administrators change them. Unit officers read the years their
 * unit belongs to.
 */
@Service
public class ClusterService {

    static final String CLUSTER = "Cluster";
    static final String TERM = "ClusterTerm";
    /** A reopening's reason is kept in the audit trail's reason column. */
    private static final int REOPEN_REASON_MAX = 2000;

    /** The head and deputy limits are checked at commit; this checks them now, while a friendly message can still be given. */
    private static final String CHECK_LEADER_CONSTRAINTS =
            "SET CONSTRAINTS cluster_member_one_head, cluster_member_deputy_limit IMMEDIATE";

    private final ClusterRepository clusters;
    private final ClusterTermRepository terms;
    private final UnitRepository units;
    private final OrganizerRepository organizers;
    private final ClusterScope scope;
    private final AuditTrail audit;
    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;
    private final AccessPolicy policy;

    ClusterService(
            ClusterRepository clusters,
            ClusterTermRepository terms,
            UnitRepository units,
            OrganizerRepository organizers,
            ClusterScope scope,
            AuditTrail audit,
            EntityManager entityManager,
            JdbcTemplate jdbc,
            AccessPolicy policy) {
        this.policy = policy;
        this.clusters = clusters;
        this.terms = terms;
        this.units = units;
        this.organizers = organizers;
        this.scope = scope;
        this.audit = audit;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
    }

    // ----- reading, for provincial staff -----

    /** A page of the organiser's clusters, each with its working-year term (head, members) loaded in one query. */
    @Transactional(readOnly = true)
    public Page<ClusterOverview> search(String query, ClusterKind kind, Pageable pageable) {
        CurrentUser user = policy.requireStaff();
        Page<Cluster> page = clusters.search(
                user.organizerId(), SearchText.containsPattern(query), kind, namesInVietnameseOrder(pageable));
        if (page.isEmpty()) {
            return page.map(cluster -> new ClusterOverview(cluster, null));
        }
        List<Long> ids = page.getContent().stream().map(Cluster::getId).toList();
        Map<Long, ClusterTerm> termsByCluster = terms.findWithMembers(ids, workingYear(user)).stream()
                .collect(Collectors.toMap(term -> term.getCluster().getId(), Function.identity()));
        return page.map(cluster -> new ClusterOverview(cluster, termsByCluster.get(cluster.getId())));
    }

    @Transactional(readOnly = true)
    public Cluster cluster(long id) {
        CurrentUser user = policy.requireStaff();
        return clusters.findById(id)
                .filter(cluster -> cluster.getOrganizerId().equals(user.organizerId()))
                .orElseThrow(() -> new NotFoundException("cluster"));
    }

    /** Every year of the cluster, newest first, with members, head and deputies: the history of its heads. */
    @Transactional(readOnly = true)
    public List<ClusterTerm> history(long clusterId) {
        return terms.findHistory(cluster(clusterId).getId());
    }

    @Transactional(readOnly = true)
    public Optional<ClusterTerm> term(long clusterId, int year) {
        return terms.findWithMembers(cluster(clusterId).getId(), year);
    }

    @Transactional(readOnly = true)
    public boolean hasTerm(long clusterId, int year) {
        return terms.existsByClusterIdAndYear(cluster(clusterId).getId(), year);
    }

    /** The organiser's active units that are not yet members of the cluster's year, in Vietnamese order of short name. */
    @Transactional(readOnly = true)
    public List<Unit> candidates(long clusterId, int year) {
        CurrentUser user = policy.requireStaff();
        ClusterTerm term = requireTerm(clusterId, year);
        Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
        return units.findActive(user.organizerId()).stream()
                .filter(unit -> !term.hasMember(unit.getId()))
                .sorted(Comparator.comparing(Unit::getShortName, vietnamese))
                .toList();
    }

    /** The working year of the signed-in person's organiser: the year every page opens on. */
    @Transactional(readOnly = true)
    public int workingYear() {
        return workingYear(CurrentUsers.require());
    }

    /** Whether the signed-in person may change clusters (the organiser's administrators only). */
    public boolean canManage() {
        return policy.isAdmin();
    }

    /** Refuses anyone but an administrator, e.g. before showing a form that only they may submit. */
    public void requireManager() {
        policy.requireAdmin();
    }

    // ----- changing clusters -----

    @Transactional
    public Cluster create(ClusterCommand command) {
        CurrentUser user = policy.requireAdmin();
        requireCodeFree(user.organizerId(), command.code(), null);
        Cluster cluster =
                new Cluster(user.organizerId(), command.code(), command.name(), command.kind(), command.description());
        try {
            clusters.saveAndFlush(cluster);
        } catch (DataIntegrityViolationException e) {
            throw new OrganizationException("cluster.code.taken", command.code().trim());
        }
        audit.record(AuditEntry.of(
                        user.organizerId(),
                        OrganizationAuditAction.CLUSTER_CREATED,
                        CLUSTER,
                        cluster.getId(),
                        cluster.getName())
                .withValues(null, cluster.auditState()));
        return cluster;
    }

    @Transactional
    public Cluster update(long id, long expectedVersion, ClusterCommand command) {
        CurrentUser user = policy.requireAdmin();
        Cluster cluster = cluster(id);
        Versions.require(expectedVersion, cluster.getVersion());
        requireCodeFree(user.organizerId(), command.code(), id);
        Map<String, Object> before = cluster.auditState();
        cluster.describe(command.code(), command.name(), command.kind(), command.description());
        try {
            clusters.flush();
        } catch (DataIntegrityViolationException e) {
            throw new OrganizationException("cluster.code.taken", command.code().trim());
        }
        audit.record(AuditEntry.of(
                        user.organizerId(),
                        OrganizationAuditAction.CLUSTER_UPDATED,
                        CLUSTER,
                        cluster.getId(),
                        cluster.getName())
                .withValues(before, cluster.auditState()));
        return cluster;
    }

    @Transactional(readOnly = true)
    public boolean codeTaken(String code, Long exceptId) {
        return clusters.findByCode(CurrentUsers.require().organizerId(), code.trim())
                .filter(existing -> !existing.getId().equals(exceptId))
                .isPresent();
    }

    // ----- changing a cluster's years -----

    /** Sets up the cluster's year, empty: members, head and deputies come next. */
    @Transactional
    public ClusterTerm createTerm(long clusterId, int year) {
        CurrentUser user = policy.requireAdmin();
        Cluster cluster = cluster(clusterId);
        if (terms.existsByClusterIdAndYear(cluster.getId(), year)) {
            throw new OrganizationException("term.exists", cluster.getName(), year);
        }
        ClusterTerm term = new ClusterTerm(cluster, year);
        try {
            terms.saveAndFlush(term);
        } catch (DataIntegrityViolationException e) {
            throw new OrganizationException("term.exists", cluster.getName(), year);
        }
        audit.record(AuditEntry.of(
                        user.organizerId(), OrganizationAuditAction.TERM_CREATED, TERM, term.getId(), summary(term))
                .withValues(null, term.auditState()));
        return term;
    }

    @Transactional
    public void addMembers(long clusterId, int year, long expectedVersion, Collection<Long> unitIds) {
        CurrentUser user = policy.requireAdmin();
        Set<Long> ids = unitIds == null
                ? Set.of()
                : unitIds.stream().filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new));
        if (ids.isEmpty()) {
            throw new OrganizationException("term.member.noneChosen");
        }
        ClusterTerm term = termForChange(clusterId, year, expectedVersion);
        List<Unit> chosen = units.findAllById(ids).stream()
                .sorted(Comparator.comparing(Unit::getCode))
                .toList();
        if (chosen.size() != ids.size()) {
            throw new NotFoundException("unit");
        }
        Map<String, Object> before = term.auditState();
        chosen.forEach(term::addMember);
        flushAndCheck("term.member.conflict");
        audit.record(AuditEntry.of(
                        user.organizerId(),
                        OrganizationAuditAction.TERM_MEMBER_ADDED,
                        TERM,
                        term.getId(),
                        summary(term) + ": + "
                                + chosen.stream().map(Unit::getShortName).collect(Collectors.joining(", ")))
                .withValues(before, term.auditState()));
    }

    @Transactional
    public void removeMember(long clusterId, int year, long expectedVersion, long unitId) {
        CurrentUser user = policy.requireAdmin();
        ClusterTerm term = termForChange(clusterId, year, expectedVersion);
        String name = term.memberFor(unitId)
                .map(member -> member.getUnit().getShortName())
                .orElse(null);
        Map<String, Object> before = term.auditState();
        term.removeMember(unitId);
        flushAndCheck("term.member.conflict");
        audit.record(AuditEntry.of(
                        user.organizerId(),
                        OrganizationAuditAction.TERM_MEMBER_REMOVED,
                        TERM,
                        term.getId(),
                        summary(term) + ": − " + name)
                .withValues(before, term.auditState()));
    }

    /** Appoints the year's head and deputies; handing the head over to another member happens in one step. */
    @Transactional
    public void appointLeaders(
            long clusterId, int year, long expectedVersion, Long headUnitId, Collection<Long> deputyUnitIds) {
        CurrentUser user = policy.requireAdmin();
        ClusterTerm term = termForChange(clusterId, year, expectedVersion);
        if (headUnitId == null) {
            throw new OrganizationException("term.head.required");
        }
        Map<String, Object> before = term.auditState();
        term.appointLeaders(headUnitId, deputyUnitIds);
        flushAndCheck("term.leaders.conflict");
        audit.record(AuditEntry.of(
                        user.organizerId(),
                        OrganizationAuditAction.TERM_LEADERS_APPOINTED,
                        TERM,
                        term.getId(),
                        summary(term))
                .withValues(before, term.auditState()));
    }

    /** What starting the next year from this one would create; refused when the next year already exists. */
    @Transactional(readOnly = true)
    public NextYearProposal nextYearProposal(long clusterId, int year) {
        policy.requireAdmin();
        ClusterTerm source = requireTerm(clusterId, year);
        requireNoNextYear(source);
        List<Unit> carried = source.getMembers().stream()
                .map(ClusterMember::getUnit)
                .filter(unit -> !unit.isRetired())
                .sorted(Comparator.comparing(Unit::getCode))
                .toList();
        Unit head = source.proposedNextHead().orElse(null);
        List<Unit> deputies = source.proposedNextDeputies().stream()
                .filter(unit -> head == null || !unit.getId().equals(head.getId()))
                .toList();
        return new NextYearProposal(source, year + 1, carried, head, deputies);
    }

    /**
     * Creates the next year with this year's active members and the chosen head and deputies (the head may be left
     * for later). This year stays unchanged.
     */
    @Transactional
    public ClusterTerm startNextYear(long clusterId, int year, Long headUnitId, Collection<Long> deputyUnitIds) {
        CurrentUser user = policy.requireAdmin();
        ClusterTerm source = requireTerm(clusterId, year);
        requireNoNextYear(source);
        ClusterTerm next = source.startNextYear();
        boolean deputiesChosen = deputyUnitIds != null && deputyUnitIds.stream().anyMatch(Objects::nonNull);
        if (headUnitId != null) {
            next.appointLeaders(headUnitId, deputyUnitIds);
        } else if (deputiesChosen) {
            throw new OrganizationException("term.head.required");
        }
        try {
            terms.save(next);
        } catch (DataIntegrityViolationException e) {
            throw new OrganizationException(
                    "term.next.exists", source.getCluster().getName(), year + 1);
        }
        flushAndCheck("term.next.exists", source.getCluster().getName(), year + 1);
        audit.record(AuditEntry.of(
                        user.organizerId(),
                        OrganizationAuditAction.TERM_COPIED_TO_NEXT_YEAR,
                        TERM,
                        next.getId(),
                        summary(next) + " ← " + year)
                .withValues(source.auditState(), next.auditState()));
        return next;
    }

    /**
     * Closes the year (khóa sổ) once its cycle is done: from then on nothing of it changes, in any feature; the
     * database refuses it as well.
     */
    @Transactional
    public void closeTerm(long clusterId, int year, long expectedVersion) {
        CurrentUser user = policy.requireAdmin();
        ClusterTerm term = termForChange(clusterId, year, expectedVersion);
        Map<String, Object> before = Map.of("status", term.getStatus());
        term.close();
        terms.flush();
        audit.record(AuditEntry.of(
                        user.organizerId(), OrganizationAuditAction.TERM_CLOSED, TERM, term.getId(), summary(term))
                .withValues(before, Map.of("status", term.getStatus())));
    }

    /** Reopens a closed year at the step it was closed from; the reason is required and recorded. */
    @Transactional
    public void reopenTerm(long clusterId, int year, long expectedVersion, String reason) {
        CurrentUser user = policy.requireAdmin();
        if (reason == null || reason.isBlank()) {
            throw new OrganizationException("term.reopen.reasonRequired");
        }
        TextInput.require(reason, REOPEN_REASON_MAX, true);
        ClusterTerm term = termForChange(clusterId, year, expectedVersion);
        Map<String, Object> before = Map.of("status", term.getStatus());
        term.reopen();
        terms.flush();
        audit.record(AuditEntry.of(
                        user.organizerId(), OrganizationAuditAction.TERM_REOPENED, TERM, term.getId(), summary(term))
                .withValues(before, Map.of("status", term.getStatus()))
                .withReason(reason.strip()));
    }

    // ----- reading, for the units' own view -----

    /**
     * The cluster-years of the working year that concern the signed-in person: their unit's for unit officers,
     * all of the organiser's for staff and viewers. Members, head and deputies are loaded.
     */
    @Transactional(readOnly = true)
    public List<ClusterTerm> myTerms() {
        CurrentUser user = CurrentUsers.require();
        int year = workingYear(user);
        if (user.role().isUnitBound()) {
            return user.unitId() == null ? List.of() : terms.findWithMembersByMemberAndYear(user.unitId(), year);
        }
        return terms.findWithMembersByOrganizerAndYear(user.organizerId(), year);
    }

    /** A cluster-year the signed-in person may read; one outside their scope is reported as not found. */
    @Transactional(readOnly = true)
    public ClusterTerm readableTerm(long termId) {
        CurrentUser user = CurrentUsers.require();
        return terms.findWithMembers(termId)
                .filter(term -> policy.canRead(user, termId))
                .orElseThrow(() -> new NotFoundException("clusterTerm"));
    }

    // ----- helpers -----

    private ClusterTerm requireTerm(long clusterId, int year) {
        return term(clusterId, year).orElseThrow(() -> new NotFoundException("clusterTerm"));
    }

    /** The term to change, checked against the version the user saw; its version moves on with every change. */
    private ClusterTerm termForChange(long clusterId, int year, long expectedVersion) {
        ClusterTerm term = requireTerm(clusterId, year);
        Versions.require(expectedVersion, term.getVersion());
        // Members' roles live in their own rows; the term's version must still change so that stale forms are caught.
        entityManager.lock(term, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return term;
    }

    private void requireNoNextYear(ClusterTerm source) {
        if (terms.existsByClusterIdAndYear(source.getCluster().getId(), source.getYear() + 1)) {
            throw new OrganizationException(
                    "term.next.exists", source.getCluster().getName(), source.getYear() + 1);
        }
    }

    /**
     * Writes the change and checks the database's own rules now rather than at commit. The entities check first, so a
     * violation means a concurrent change; the user gets a message instead of an error page.
     */
    private void flushAndCheck(String messageKey, Object... arguments) {
        try {
            terms.flush();
            jdbc.execute(CHECK_LEADER_CONSTRAINTS);
        } catch (DataIntegrityViolationException e) {
            throw new OrganizationException(messageKey, arguments);
        }
    }

    private void requireCodeFree(long organizerId, String code, Long exceptId) {
        clusters.findByCode(organizerId, code.trim())
                .filter(existing -> !existing.getId().equals(exceptId))
                .ifPresent(existing -> {
                    throw new OrganizationException("cluster.code.taken", code.trim());
                });
    }

    private int workingYear(CurrentUser user) {
        return organizers
                .findById(user.organizerId())
                .map(Organizer::getWorkingYear)
                .orElseThrow(() -> new NotFoundException("organizer"));
    }

    /**
     * Sorting by name compares the accent-free form, so that "Ấp" comes before "Bến" as Vietnamese readers expect,
     * whatever the database's collation.
     */
    /** Names of clusters of the user's organiser by id (those of other organisers are left out). */
    @Transactional(readOnly = true)
    public Map<Long, String> clusterNames(Collection<Long> ids) {
        CurrentUser user = CurrentUsers.require();
        return clusters.findAllById(ids).stream()
                .filter(cluster -> cluster.getOrganizerId().equals(user.organizerId()))
                .collect(Collectors.toMap(Cluster::getId, Cluster::getName));
    }

    private static Pageable namesInVietnameseOrder(Pageable pageable) {
        Sort sort = Sort.unsorted();
        for (Sort.Order order : pageable.getSort()) {
            sort = sort.and(
                    "name".equals(order.getProperty())
                            ? JpaSort.unsafe(order.getDirection(), "function('search_key', c.name)")
                            : Sort.by(order));
        }
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort);
    }

    private static String summary(ClusterTerm term) {
        return term.getCluster().getName() + " " + term.getYear();
    }
}

package vn.thidua.award.history;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.access.AccessPolicy;
import vn.thidua.access.CurrentUser;
import vn.thidua.common.NotFoundException;
import vn.thidua.common.SearchText;
import vn.thidua.organization.ClusterYears;
import vn.thidua.organization.UnitSummary;
import vn.thidua.organization.Units;

/**
 * Reads the awards granted by decisions (recorded or imported): a unit's history with its predecessors', the search
 * of individuals, and the standing awards the proposal's prerequisites need. Every page comes in a fixed number of
 * statements, however many awards it shows.
 */
@Service
@Transactional(readOnly = true)
public class AwardHistoryService {

    /** Every field a history row shows, with the later decision that took the award back, if any. */
    private static final String ENTRY = """
            select new vn.thidua.award.history.HistoryEntry(
                g.id, g.year, t.id, t.name, g.unitId, g.personName, g.personPosition, g.achievement,
                d.id, d.number, d.decidedOn, d.illustrative, g.registerNumber,
                r.kind, r.reason, rd.id, rd.number, rd.decidedOn)
            from GrantedAward g
            join g.decision d
            join AwardType t on t.id = g.awardTypeId
            left join Revocation r on r.grantedId = g.id
            left join Decision rd on rd.id = r.decisionId
            """;

    private final EntityManager em;
    private final Units units;
    private final ClusterYears clusterYears;
    private final AccessPolicy policy;

    AwardHistoryService(EntityManager em, Units units, ClusterYears clusterYears, AccessPolicy policy) {
        this.em = em;
        this.units = units;
        this.clusterYears = clusterYears;
        this.policy = policy;
    }

    /**
     * The unit's awards year by year, newest first, with those of the units merged into it. Read by the unit's own
     * officers, the current heads of its clusters and the organiser's staff.
     */
    public UnitAwardHistory unitHistory(long unitId) {
        UnitSummary unit = units.find(unitId).orElseThrow(() -> new NotFoundException("unit"));
        if (!canRead(unit)) {
            throw new AccessDeniedException("not a reader of the unit's awards");
        }
        List<UnitSummary> predecessors = units.predecessorsOf(unitId);
        List<Long> ids = new ArrayList<>();
        ids.add(unitId);
        predecessors.forEach(p -> ids.add(p.id()));
        List<HistoryEntry> entries = em.createQuery(
                        ENTRY + " where g.unitId in :ids order by g.year desc, t.sortOrder, g.registerNumber, g.id",
                        HistoryEntry.class)
                .setParameter("ids", ids)
                .getResultList();
        return UnitAwardHistory.of(unit, predecessors, entries);
    }

    /** Whether the signed-in person may read the unit's awards. */
    public boolean canRead(UnitSummary unit) {
        return policy.isStaffOf(unit.organizerId())
                || policy.actsFor(unit.id())
                || clusterYears.ofUnit(unit.id()).stream().anyMatch(t -> policy.isHeadOf(t.id()));
    }

    /**
     * The organiser's awards to individuals whose name holds the words typed, without regard to accents or case,
     * newest first; nothing until something is typed. The organiser's staff only.
     */
    public Page<PersonAward> people(String query, Pageable pageable) {
        CurrentUser user = policy.requireStaff();
        String term = SearchText.clean(query);
        if (term == null || term.isBlank()) {
            return Page.empty(pageable);
        }
        String where = """
                 where g.organizerId = :organizerId and g.personName is not null
                   and cast(function('search_key', g.personName) as String) like :pattern escape '\\'
                """;
        String pattern = SearchText.containsPattern(term);
        long total = em.createQuery("select count(g) from GrantedAward g" + where, Long.class)
                .setParameter("organizerId", user.organizerId())
                .setParameter("pattern", pattern)
                .getSingleResult();
        if (total == 0) {
            return Page.empty(pageable);
        }
        List<HistoryEntry> entries = em.createQuery(
                        ENTRY + where + " order by g.year desc, g.personName, g.id", HistoryEntry.class)
                .setParameter("organizerId", user.organizerId())
                .setParameter("pattern", pattern)
                .setFirstResult((int) Math.min(Integer.MAX_VALUE, pageable.getOffset()))
                .setMaxResults(pageable.getPageSize())
                .getResultList();
        Map<Long, UnitSummary> unitsById =
                units.byIds(entries.stream().map(HistoryEntry::unitId).collect(Collectors.toSet()));
        List<PersonAward> rows = entries.stream()
                .map(e -> new PersonAward(e, unitsById.get(e.unitId())))
                .toList();
        return new PageImpl<>(rows, pageable, total);
    }

    /** An award that stands (granted and not taken back), as a prerequisite reads it. */
    public record Held(long unitId, String personKey, long awardTypeId, int year) {

        /** Whether it was granted to the unit itself rather than to one of its people. */
        public boolean isCollective() {
            return personKey == null;
        }
    }

    /**
     * The awards standing in the years {@code fromYear} to {@code toYear} of these units and of the units merged into
     * them, each counted as the unit's own (an award of a merged unit is its successor's): in three statements.
     * Checks nobody's rights: the caller's facts for its rules.
     */
    public List<Held> standing(Collection<Long> unitIds, int fromYear, int toYear) {
        if (unitIds.isEmpty() || fromYear > toYear) {
            return List.of();
        }
        Map<Long, Set<Long>> ownersOf = new HashMap<>();
        unitIds.forEach(id ->
                ownersOf.computeIfAbsent(id, k -> new java.util.HashSet<>()).add(id));
        units.predecessorsOf(unitIds)
                .forEach((owner, merged) ->
                        merged.forEach(p -> ownersOf.computeIfAbsent(p.id(), k -> new java.util.HashSet<>())
                                .add(owner)));
        List<Object[]> rows = em.createQuery("""
                        select g.unitId, g.personName, g.awardTypeId, g.year from GrantedAward g
                        where g.unitId in :ids and g.year between :fromYear and :toYear
                          and not exists (select r.id from Revocation r where r.grantedId = g.id)""", Object[].class)
                .setParameter("ids", ownersOf.keySet())
                .setParameter("fromYear", fromYear)
                .setParameter("toYear", toYear)
                .getResultList();
        List<Held> held = new ArrayList<>();
        for (Object[] row : rows) {
            String person = row[1] == null ? null : PersonKey.of((String) row[1]);
            for (long owner : ownersOf.getOrDefault((Long) row[0], Set.of())) {
                held.add(new Held(owner, person, (Long) row[2], (Integer) row[3]));
            }
        }
        return held;
    }
}

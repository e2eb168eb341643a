package vn.thidua.award.report;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.access.AccessPolicy;
import vn.thidua.access.CurrentUser;
import vn.thidua.award.proposal.Gender;
import vn.thidua.award.proposal.ProposalStatus;
import vn.thidua.award.proposal.ReviewOutcome;
import vn.thidua.award.type.AwardCategory;
import vn.thidua.award.type.AwardLevel;
import vn.thidua.award.type.AwardRecipient;
import vn.thidua.organization.Organizers;

/**
 * The organiser's reports on awards, for its staff only: the count of awards of a year by level, award type,
 * collective and individual (revoked ones left out), and the year's proposals and decisions line by line for the
 * spreadsheet. Each read costs a fixed number of statements.
 */
@Service
public class AwardReports {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    private final EntityManager entities;
    private final AccessPolicy policy;
    private final Organizers organizers;

    AwardReports(EntityManager entities, AccessPolicy policy, Organizers organizers) {
        this.entities = entities;
        this.policy = policy;
        this.organizers = organizers;
    }

    /** One proposed item with its proposal and its review, for the spreadsheet. */
    public record ProposalLine(
            String clusterName,
            int year,
            ProposalStatus status,
            Instant submittedAt,
            String awardTypeName,
            AwardRecipient recipient,
            String unitName,
            String personName,
            String personPosition,
            Gender personGender,
            ReviewOutcome recommended,
            ReviewOutcome outcome,
            String reviewReason,
            boolean decided) {}

    /** One award of a decision, for the spreadsheet. */
    public record DecisionLine(
            String number,
            LocalDate decidedOn,
            String authority,
            String signer,
            String subject,
            int year,
            boolean illustrative,
            String awardTypeName,
            AwardLevel level,
            String unitName,
            String personName,
            String personPosition,
            Gender personGender,
            String registerNumber,
            String takenBackKind,
            String takenBackBy,
            LocalDate takenBackOn) {

        public boolean individual() {
            return personName != null;
        }
    }

    /** The year a report opens on when none (or an impossible one) is asked for: the organiser's working year. */
    @Transactional(readOnly = true)
    public int year(Integer requested) {
        CurrentUser user = policy.requireStaff();
        if (requested != null && requested >= FIRST_YEAR && requested <= LAST_YEAR) {
            return requested;
        }
        return organizers.workingYear(user.organizerId());
    }

    @Transactional(readOnly = true)
    public AwardReport report(int year, ReportPeriod period) {
        CurrentUser user = policy.requireStaff();
        long organizerId = user.organizerId();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = period(entities.createNativeQuery("""
                                select t.id, t.name, t.level, t.category,
                                       count(*) filter (where r.id is null and g.person_name is null),
                                       count(*) filter (where r.id is null and g.person_name is not null),
                                       count(*) filter (where r.id is null and g.person_gender = 'FEMALE'),
                                       count(*) filter (where r.id is not null)
                                from award_granted g
                                join award_decision d on d.id = g.decision_id
                                join award_type t on t.id = g.award_type_id
                                left join award_revocation r on r.granted_id = g.id
                                where g.organizer_id = ?1
                                  and (case when ?2 then g.year = ?3 else d.decided_on between ?4 and ?5 end)
                                group by t.id, t.name, t.level, t.category, t.sort_order
                                order by t.sort_order, t.name, t.id"""), organizerId, year, period)
                .getResultList();
        Map<AwardLevel, List<AwardCount>> byLevel = new LinkedHashMap<>();
        for (Object[] r : rows) {
            AwardCount count = new AwardCount(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    AwardLevel.valueOf((String) r[2]),
                    AwardCategory.valueOf((String) r[3]),
                    ((Number) r[4]).longValue(),
                    ((Number) r[5]).longValue(),
                    ((Number) r[6]).longValue(),
                    ((Number) r[7]).longValue());
            byLevel.computeIfAbsent(count.level(), l -> new ArrayList<>()).add(count);
        }
        List<AwardReport.Section> sections = byLevel.entrySet().stream()
                .sorted(Comparator.comparing(e -> -e.getKey().ordinal()))
                .map(e -> new AwardReport.Section(e.getKey(), e.getValue(), AwardCount.sum(e.getKey(), e.getValue())))
                .toList();
        AwardCount total = AwardCount.sum(
                null, sections.stream().map(AwardReport.Section::sum).toList());
        Object[] proposals = (Object[]) entities.createNativeQuery("""
                        select count(distinct p.id), count(i.id),
                               count(i.id) filter (where i.review_outcome = 'ACCEPTED'),
                               count(i.id) filter (where i.review_outcome = 'REJECTED'),
                               (select count(*) from award_decision d where d.organizer_id = ?1
                                  and (case when ?2 then d.year = ?3 else d.decided_on between ?4 and ?5 end)),
                               (select o.code from organizer o where o.id = ?1)
                        from award_proposal p
                        join cluster_term ct on ct.id = p.term_id
                        join cluster c on c.id = ct.cluster_id
                        left join award_proposal_item i on i.proposal_id = p.id
                        where c.organizer_id = ?1 and ct.year = ?3 and p.status <> 'DRAFT'""")
                .setParameter(1, organizerId)
                .setParameter(2, period == ReportPeriod.EMULATION_YEAR)
                .setParameter(3, year)
                .setParameter(4, period.from(year))
                .setParameter(5, period.to(year))
                .getSingleResult();
        return new AwardReport(
                organizerId,
                (String) proposals[5],
                organizers.get(organizerId).name(),
                year,
                period,
                sections,
                total,
                ((Number) proposals[0]).longValue(),
                ((Number) proposals[1]).longValue(),
                ((Number) proposals[2]).longValue(),
                ((Number) proposals[3]).longValue(),
                ((Number) proposals[4]).longValue());
    }

    /** The proposals of the organiser's cluster-years of the year (drafts are the cluster's own), item by item. */
    @Transactional(readOnly = true)
    public List<ProposalLine> proposals(int year) {
        CurrentUser user = policy.requireStaff();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entities.createNativeQuery("""
                        select c.name, ct.year, p.status, p.submitted_at, t.name, t.recipient, u.name,
                               i.person_name, i.person_position, i.person_gender, i.recommended_outcome,
                               i.review_outcome, i.review_reason,
                               exists (select 1 from award_granted g where g.proposal_item_id = i.id)
                        from award_proposal p
                        join cluster_term ct on ct.id = p.term_id
                        join cluster c on c.id = ct.cluster_id
                        join award_proposal_item i on i.proposal_id = p.id
                        join award_type t on t.id = i.award_type_id
                        join unit u on u.id = i.unit_id
                        where c.organizer_id = ?1 and ct.year = ?2 and p.status <> 'DRAFT'
                        order by c.code, c.id, t.sort_order, t.name, u.name, i.person_name nulls first, i.id""")
                .setParameter(1, user.organizerId())
                .setParameter(2, year)
                .getResultList();
        return rows.stream()
                .map(r -> new ProposalLine(
                        (String) r[0],
                        ((Number) r[1]).intValue(),
                        ProposalStatus.valueOf((String) r[2]),
                        instant(r[3]),
                        (String) r[4],
                        AwardRecipient.valueOf((String) r[5]),
                        (String) r[6],
                        (String) r[7],
                        (String) r[8],
                        r[9] == null ? null : Gender.valueOf((String) r[9]),
                        r[10] == null ? null : ReviewOutcome.valueOf((String) r[10]),
                        r[11] == null ? null : ReviewOutcome.valueOf((String) r[11]),
                        (String) r[12],
                        Boolean.TRUE.equals(r[13])))
                .toList();
    }

    /** The decisions of the period with their awards, and whether a later decision took each back. */
    @Transactional(readOnly = true)
    public List<DecisionLine> decisions(int year, ReportPeriod period) {
        CurrentUser user = policy.requireStaff();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = period(entities.createNativeQuery("""
                                select d.number, d.decided_on, d.authority, d.signer_name, d.subject, d.year,
                                       d.illustrative, t.name, t.level, u.name, g.person_name, g.person_position,
                                       g.person_gender, g.register_number, r.kind, rd.number, rd.decided_on
                                from award_decision d
                                join award_granted g on g.decision_id = d.id
                                join award_type t on t.id = g.award_type_id
                                join unit u on u.id = g.unit_id
                                left join award_revocation r on r.granted_id = g.id
                                left join award_decision rd on rd.id = r.decision_id
                                where d.organizer_id = ?1
                                  and (case when ?2 then d.year = ?3 else d.decided_on between ?4 and ?5 end)
                                order by d.decided_on, d.number, d.id, g.register_number, g.id"""), user.organizerId(), year, period)
                .getResultList();
        return rows.stream()
                .map(r -> new DecisionLine(
                        (String) r[0],
                        date(r[1]),
                        (String) r[2],
                        (String) r[3],
                        (String) r[4],
                        ((Number) r[5]).intValue(),
                        Boolean.TRUE.equals(r[6]),
                        (String) r[7],
                        AwardLevel.valueOf((String) r[8]),
                        (String) r[9],
                        (String) r[10],
                        (String) r[11],
                        r[12] == null ? null : Gender.valueOf((String) r[12]),
                        (String) r[13],
                        (String) r[14],
                        (String) r[15],
                        date(r[16])))
                .toList();
    }

    private static Query period(Query query, long organizerId, int year, ReportPeriod period) {
        return query.setParameter(1, organizerId)
                .setParameter(2, period == ReportPeriod.EMULATION_YEAR)
                .setParameter(3, year)
                .setParameter(4, period.from(year))
                .setParameter(5, period.to(year));
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) value;
    }
}

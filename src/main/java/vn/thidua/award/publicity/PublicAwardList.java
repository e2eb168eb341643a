package vn.thidua.award.publicity;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.common.NotFoundException;
import vn.thidua.common.PageRequests;
import vn.thidua.common.SearchText;

/**
 * The public list of an organiser's awards of one emulation year (công khai), open to anyone: the decided awards by
 * award type, searchable without diacritics, and where the organiser turned it on the proposals under consideration.
 * A page costs the same few statements however many awards it shows.
 */
@Service
public class PublicAwardList {

    public static final int PAGE_SIZE = 50;
    /** The proposals under consideration shown at most. */
    public static final int PENDING_MAX = 200;

    private final EntityManager entities;
    private final Publicity publicity;

    PublicAwardList(EntityManager entities, Publicity publicity) {
        this.entities = entities;
        this.publicity = publicity;
    }

    /** What the public page shows. {@code pending} is {@code null} where the organiser does not show it. */
    public record Listing(
            String organizerCode,
            String organizerName,
            int year,
            List<Integer> years,
            String query,
            Page<PublicAward> awards,
            List<PendingAward> pending,
            boolean pendingTruncated) {

        public boolean showsPending() {
            return pending != null;
        }
    }

    /** The organiser's working year, where its public list opens; {@code NotFoundException} for an unknown code. */
    @Transactional(readOnly = true)
    public int workingYear(String organizerCode) {
        if (organizerCode == null || organizerCode.length() > 30) {
            throw new NotFoundException("organizer");
        }
        List<?> found = entities.createNativeQuery("select working_year from organizer where code = ?1")
                .setParameter(1, organizerCode)
                .getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("organizer");
        }
        return ((Number) found.get(0)).intValue();
    }

    @Transactional(readOnly = true)
    public Listing list(String organizerCode, int year, String query, int page) {
        if (organizerCode == null || organizerCode.length() > 30 || year < 2000 || year > 2100) {
            throw new NotFoundException("organizer");
        }
        List<?> found = entities.createNativeQuery("select id, name, code from organizer where code = ?1")
                .setParameter(1, organizerCode)
                .getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("organizer");
        }
        Object[] organizer = (Object[]) found.get(0);
        long organizerId = ((Number) organizer[0]).longValue();
        String q = SearchText.clean(query);
        String pattern = q == null || q.isEmpty() ? "" : SearchText.containsPattern(q);
        Pageable request = PageRequest.of(PageRequests.page(page), PAGE_SIZE);
        Page<PublicAward> awards = PageRequests.within(request, r -> awards(organizerId, year, pattern, r));
        List<PendingAward> pending = null;
        boolean truncated = false;
        if (publicity.showsPending(organizerId)) {
            pending = pending(organizerId, year, pattern);
            truncated = pending.size() > PENDING_MAX;
            if (truncated) {
                pending = pending.subList(0, PENDING_MAX);
            }
        }
        return new Listing(
                (String) organizer[2],
                (String) organizer[1],
                year,
                years(organizerId, year),
                q == null ? "" : q,
                awards,
                pending,
                truncated);
    }

    private List<Integer> years(long organizerId, int year) {
        TreeSet<Integer> years = new TreeSet<>(java.util.Comparator.reverseOrder());
        years.add(year);
        for (Object y :
                entities.createNativeQuery("""
                        select distinct year from award_granted where organizer_id = ?1
                        union select distinct t.year from award_proposal p join cluster_term t on t.id = p.term_id
                        join cluster c on c.id = t.cluster_id
                        where c.organizer_id = ?1 and p.status in ('SUBMITTED', 'RETURNED', 'REVIEWED')""").setParameter(1, organizerId).getResultList()) {
            years.add(((Number) y).intValue());
        }
        return new ArrayList<>(years);
    }

    private static final String AWARD_FILTER = """
            from award_granted g
            join award_type t on t.id = g.award_type_id
            join unit u on u.id = g.unit_id
            where g.organizer_id = ?1 and g.year = ?2
              and (?3 = ''
                   or search_key(coalesce(g.person_name, '') || ' ' || u.name || ' ' || coalesce(u.short_name, '')
                                 || ' ' || t.name) like ?3)""";

    private Page<PublicAward> awards(long organizerId, int year, String pattern, Pageable request) {
        long total = ((Number)
                        bind(entities.createNativeQuery("select count(*) " + AWARD_FILTER), organizerId, year, pattern)
                                .getSingleResult())
                .longValue();
        if (total == 0) {
            return new PageImpl<>(List.of(), request, 0);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(
                        entities.createNativeQuery("""
                                select t.id, t.name, g.person_name, g.person_position, u.name, d.number, d.decided_on,
                                       d.illustrative, g.verification_code, r.kind, rd.number, rd.decided_on
                                """ + AWARD_FILTER.replace("where g.organizer_id", """
                                join award_decision d on d.id = g.decision_id
                                left join award_revocation r on r.granted_id = g.id
                                left join award_decision rd on rd.id = r.decision_id
                                where g.organizer_id""") + """
                                 order by t.sort_order, t.name, t.id, u.name, g.person_name nulls first, g.id
                                 limit ?4 offset ?5"""),
                        organizerId,
                        year,
                        pattern)
                .setParameter(4, request.getPageSize())
                .setParameter(5, request.getOffset())
                .getResultList();
        List<PublicAward> content = rows.stream()
                .map(r -> new PublicAward(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        (String) r[4],
                        (String) r[5],
                        date(r[6]),
                        Boolean.TRUE.equals(r[7]),
                        (String) r[8],
                        r[9] != null,
                        "AMENDED".equals(r[9]),
                        (String) r[10],
                        date(r[11])))
                .toList();
        return new PageImpl<>(content, request, total);
    }

    private List<PendingAward> pending(long organizerId, int year, String pattern) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entities.createNativeQuery("""
                        select t.name, i.person_name, i.person_position, u.name
                        from award_proposal_item i
                        join award_proposal p on p.id = i.proposal_id
                        join cluster_term ct on ct.id = p.term_id
                        join cluster c on c.id = ct.cluster_id
                        join award_type t on t.id = i.award_type_id
                        join unit u on u.id = i.unit_id
                        where c.organizer_id = ?1 and ct.year = ?2
                          and p.status in ('SUBMITTED', 'RETURNED', 'REVIEWED')
                          and (p.status <> 'REVIEWED' or i.review_outcome = 'ACCEPTED')
                          and not exists (select 1 from award_granted g where g.proposal_item_id = i.id)
                          and (?3 = ''
                               or search_key(coalesce(i.person_name, '') || ' ' || u.name || ' '
                                             || coalesce(u.short_name, '') || ' ' || t.name) like ?3)
                        order by t.sort_order, t.name, t.id, u.name, i.person_name nulls first, i.id
                        limit ?4""")
                .setParameter(1, organizerId)
                .setParameter(2, year)
                .setParameter(3, pattern)
                .setParameter(4, PENDING_MAX + 1)
                .getResultList();
        return rows.stream()
                .map(r -> new PendingAward((String) r[0], (String) r[1], (String) r[2], (String) r[3]))
                .toList();
    }

    private static Query bind(Query query, long organizerId, int year, String pattern) {
        return query.setParameter(1, organizerId).setParameter(2, year).setParameter(3, pattern);
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}

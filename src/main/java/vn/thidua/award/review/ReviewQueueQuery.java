package vn.thidua.award.review;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The review queue's two sources in one statement (and one count): the proposals of the organiser's cluster-years and
 * the onward proposals submitted to it, with their items counted by outcome, sorted and paged together.
 */
@Component
class ReviewQueueQuery {

    /** A queue row before its title is known: where it comes from, its id and its sender (cluster-year or province). */
    record Found(
            ReviewQueueRow.Source source,
            long id,
            long senderId,
            String status,
            Instant submittedAt,
            long items,
            long accepted,
            long rejected) {}

    private static final Map<String, String> COLUMNS = Map.of("submittedAt", "submitted_at", "status", "status");

    private static final String UNION = """
            select 'CLUSTER' as source, p.id as id, p.term_id as sender, p.status as status,
                p.submitted_at as submitted_at, count(i.id) as items,
                count(i.id) filter (where i.review_outcome = 'ACCEPTED') as accepted,
                count(i.id) filter (where i.review_outcome = 'REJECTED') as rejected
            from award_proposal p left join award_proposal_item i on i.proposal_id = p.id
            where p.term_id in (:termIds) and p.status in (:statuses)
            group by p.id, p.term_id, p.status, p.submitted_at
            union all
            select 'ONWARD', o.id, o.organizer_id, o.status, o.submitted_at, count(oi.id),
                count(oi.id) filter (where oi.review_outcome = 'ACCEPTED'),
                count(oi.id) filter (where oi.review_outcome = 'REJECTED')
            from award_onward_proposal o left join award_onward_item oi on oi.proposal_id = o.id
            where o.recipient_id = :organizerId and o.year = :year and o.submitted_at is not null
                and o.status in (:statuses)
            group by o.id, o.organizer_id, o.status, o.submitted_at""";

    private final EntityManager entityManager;

    ReviewQueueQuery(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** How many rows the queue holds. */
    long count(long organizerId, int year, Collection<Long> termIds, Collection<String> statuses) {
        Object total = bind(
                        entityManager.createNativeQuery("select count(*) from (" + UNION + ") q"),
                        organizerId,
                        year,
                        termIds,
                        statuses)
                .getSingleResult();
        return ((Number) total).longValue();
    }

    /** One page of the queue, in the page's order (submission time or status), then by source and id. */
    List<Found> page(long organizerId, int year, Collection<Long> termIds, Collection<String> statuses, Pageable page) {
        List<String> order = new ArrayList<>();
        for (Sort.Order o : page.getSort()) {
            String column = COLUMNS.get(o.getProperty());
            if (column != null) {
                order.add(column + (o.isAscending() ? " asc" : " desc") + " nulls last");
            }
        }
        order.add("source");
        order.add("id");
        List<?> rows = bind(
                        entityManager.createNativeQuery(
                                "select * from (" + UNION + ") q order by " + String.join(", ", order)),
                        organizerId,
                        year,
                        termIds,
                        statuses)
                .setFirstResult((int) Math.min(Integer.MAX_VALUE, page.getOffset()))
                .setMaxResults(page.getPageSize())
                .getResultList();
        return rows.stream()
                .map(row -> {
                    Object[] r = (Object[]) row;
                    return new Found(
                            ReviewQueueRow.Source.valueOf((String) r[0]),
                            ((Number) r[1]).longValue(),
                            ((Number) r[2]).longValue(),
                            (String) r[3],
                            instant(r[4]),
                            ((Number) r[5]).longValue(),
                            ((Number) r[6]).longValue(),
                            ((Number) r[7]).longValue());
                })
                .collect(Collectors.toList());
    }

    private static jakarta.persistence.Query bind(
            jakarta.persistence.Query query,
            long organizerId,
            int year,
            Collection<Long> termIds,
            Collection<String> statuses) {
        // An empty list is no valid SQL: no cluster-year has the id 0.
        return query.setParameter("termIds", termIds.isEmpty() ? List.of(0L) : termIds)
                .setParameter("statuses", statuses)
                .setParameter("organizerId", organizerId)
                .setParameter("year", year);
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("not a time: " + value.getClass());
    }
}

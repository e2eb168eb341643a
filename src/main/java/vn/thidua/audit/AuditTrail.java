package vn.thidua.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.access.AccessPolicy;
import vn.thidua.access.CurrentUser;
import vn.thidua.access.CurrentUsers;
import vn.thidua.common.BusinessTime;
import vn.thidua.common.PageRequests;
import vn.thidua.common.SearchText;

/** Records changes and lets administrators read them back. */
@Service
public class AuditTrail {

    /** The zone the trail's dates are read in: a day filter means a day in Vietnam. */
    private final AuditEventRepository events;

    private final JsonMapper json = JsonMapper.builder().build();
    private final Clock clock;
    private final AccessPolicy policy;

    AuditTrail(AuditEventRepository events, Clock clock, AccessPolicy policy) {
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    /** Records the change in the caller's transaction, so that a change and its record commit or fail together. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEntry entry) {
        events.save(new AuditEvent(
                Instant.now(clock),
                CurrentUsers.actorName(),
                entry.organizerId(),
                entry.action(),
                entry.entityType(),
                entry.entityId(),
                entry.summary(),
                toJson(entry.oldValue()),
                toJson(entry.newValue()),
                blankToNull(entry.reason())));
    }

    @Transactional(readOnly = true)
    public Page<AuditEvent> search(AuditFilter filter, int page, int size) {
        CurrentUser user = policy.requireStaff();
        Instant from = (filter.from() == null ? LocalDate.of(2000, 1, 1) : filter.from())
                .atStartOfDay(BusinessTime.ZONE)
                .toInstant();
        Instant to = (filter.to() == null
                        ? LocalDate.of(2100, 1, 1)
                        : filter.to().plusDays(1))
                .atStartOfDay(BusinessTime.ZONE)
                .toInstant();
        return PageRequests.within(
                PageRequest.of(
                        PageRequests.page(page), size, Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"))),
                request -> events.search(
                        user.organizerId(),
                        false,
                        trim(filter.actor()),
                        trim(filter.entityType()),
                        trim(filter.action()),
                        from,
                        to,
                        request));
    }

    /**
     * The whole recorded history of one record, oldest first, as read-only copies for the pages and features that
     * show it. The caller checks that the user may see the record; events recorded for another organiser are left out
     * all the same.
     */
    @Transactional(readOnly = true)
    public List<RecordedChange> historyOf(String entityType, long entityId) {
        CurrentUser user = CurrentUsers.require();
        return events.findByEntityTypeAndEntityIdOrderByOccurredAtAscIdAsc(entityType, entityId).stream()
                .filter(event -> event.getOrganizerId() == null || event.getOrganizerId() == user.organizerId())
                .map(RecordedChange::new)
                .toList();
    }

    /** The kinds of record in the trail of the person's organiser, for the filter: another organiser's stay unnamed. */
    @Transactional(readOnly = true)
    public List<String> entityTypes() {
        return events.entityTypes(policy.requireStaff().organizerId());
    }

    /** The actions in the trail of the person's organiser, for the filter: another organiser's stay unnamed. */
    @Transactional(readOnly = true)
    public List<String> actions() {
        return events.actions(policy.requireStaff().organizerId());
    }

    private String toJson(Map<String, ?> values) {
        if (values == null) {
            return null;
        }
        // Sorted keys make records of the same kind easy to compare by eye.
        Map<String, Object> sorted = new TreeMap<>(Comparator.naturalOrder());
        values.forEach((key, value) -> sorted.put(
                key,
                value == null ? null : value instanceof Number || value instanceof Boolean ? value : value.toString()));
        return json.writeValueAsString(sorted);
    }

    private static String trim(String value) {
        return value == null ? "" : SearchText.clean(value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

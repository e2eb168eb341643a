package vn.thidua.organization.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.audit.AuditEntry;
import vn.thidua.audit.AuditTrail;
import vn.thidua.common.NotFoundException;
import vn.thidua.organization.ClusterTermStatus;
import vn.thidua.organization.ClusterYearMilestone;

/**
 * Moves cluster-years on by what happens in the features: the only place their status changes, apart from an
 * administrator closing or reopening a year. It runs inside the transaction of the action that caused the move, so
 * that the move and its cause are written together; that action has already checked the person's rights, so a
 * cluster head's step moves the year as well as an administrator's. Every move is recorded with its cause.
 */
@Component
class ClusterYearProgress {

    static final OrganizationAuditAction STATUS_ADVANCED = OrganizationAuditAction.TERM_STATUS_ADVANCED;
    static final OrganizationAuditAction STATUS_RETURNED = OrganizationAuditAction.TERM_STATUS_RETURNED;
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final ClusterTermRepository terms;
    private final AuditTrail audit;
    private final MessageSource messages;

    ClusterYearProgress(ClusterTermRepository terms, AuditTrail audit, MessageSource messages) {
        this.terms = terms;
        this.audit = audit;
        this.messages = messages;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ClusterYearMilestone event) {
        ClusterTerm term = terms.findById(event.termId()).orElseThrow(() -> new NotFoundException("clusterTerm"));
        ClusterTermStatus before = term.getStatus();
        boolean returned = event.milestone() == ClusterYearMilestone.Milestone.PLEDGE_WITHDRAWN;
        boolean moved = returned
                ? term.returnToSetUp()
                : term.moveOnTo(event.milestone().target());
        if (!moved) {
            return;
        }
        terms.flush();
        // The trail is kept in the organiser's language, as every reason people give is.
        String cause = messages.getMessage(event.milestone().messageKey(), null, VIETNAMESE);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", term.getStatus());
        after.put("cause", cause);
        String reason = event.reason() == null || event.reason().isBlank() ? cause : event.reason();
        audit.record(AuditEntry.of(
                        term.getCluster().getOrganizerId(),
                        returned ? STATUS_RETURNED : STATUS_ADVANCED,
                        ClusterService.TERM,
                        term.getId(),
                        term.getCluster().getName() + " " + term.getYear())
                .withValues(Map.of("status", before), after)
                .withReason(reason));
    }
}

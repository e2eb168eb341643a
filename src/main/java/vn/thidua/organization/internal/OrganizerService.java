package vn.thidua.organization.internal;

import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.access.AccessPolicy;
import vn.thidua.access.CurrentUser;
import vn.thidua.audit.AuditEntry;
import vn.thidua.audit.AuditTrail;
import vn.thidua.common.NotFoundException;
import vn.thidua.common.Versions;

/** Organisers and their working year, which every page defaults to. */
@Service
public class OrganizerService {

    private final OrganizerRepository organizers;
    private final AuditTrail audit;
    private final AccessPolicy policy;

    OrganizerService(OrganizerRepository organizers, AuditTrail audit, AccessPolicy policy) {
        this.policy = policy;
        this.organizers = organizers;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Organizer organizer(long id) {
        return RequestMemo.<java.util.Optional<Organizer>>get(RequestMemo.ORGANIZER, id, () -> organizers.findById(id))
                .orElseThrow(() -> new NotFoundException("organizer"));
    }

    @Transactional(readOnly = true)
    public int workingYear(long organizerId) {
        return organizer(organizerId).getWorkingYear();
    }

    /** The signed-in administrator's organiser, for the working-year settings page. */
    @Transactional(readOnly = true)
    public Organizer settings() {
        return organizer(policy.requireAdmin().organizerId());
    }

    /** Sets the year the pages open on. Only the organiser's administrators may. */
    @Transactional
    public void changeWorkingYear(int year, long expectedVersion) {
        CurrentUser user = policy.requireAdmin();
        Organizer organizer = organizer(user.organizerId());
        Versions.require(expectedVersion, organizer.getVersion());
        int before = organizer.getWorkingYear();
        organizer.changeWorkingYear(year);
        organizers.flush();
        audit.record(AuditEntry.of(
                        organizer.getId(),
                        OrganizationAuditAction.WORKING_YEAR_CHANGED,
                        "Organizer",
                        organizer.getId(),
                        organizer.getName())
                .withValues(Map.of("workingYear", before), Map.of("workingYear", year)));
    }
}

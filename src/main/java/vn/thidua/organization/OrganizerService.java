package vn.thidua.organization;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.access.CurrentUser;
import vn.thidua.access.CurrentUsers;
import vn.thidua.audit.AuditEntry;
import vn.thidua.audit.AuditTrail;
import vn.thidua.common.NotFoundException;

import java.util.Map;

/** Organisers and their working year, which every page defaults to. */
@Service
public class OrganizerService {

    private final OrganizerRepository organizers;
    private final AuditTrail audit;

    OrganizerService(OrganizerRepository organizers, AuditTrail audit) {
        this.organizers = organizers;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Organizer organizer(long id) {
        return organizers.findById(id).orElseThrow(() -> new NotFoundException("organizer"));
    }

    @Transactional(readOnly = true)
    public int workingYear(long organizerId) {
        return organizer(organizerId).getWorkingYear();
    }

    /** The signed-in administrator's organiser, for the working-year settings page. */
    @Transactional(readOnly = true)
    public Organizer settings() {
        return organizer(requireAdmin().organizerId());
    }

    /** Sets the year the pages open on. Only the organiser's administrators may. */
    @Transactional
    public void changeWorkingYear(int year, long expectedVersion) {
        CurrentUser user = requireAdmin();
        Organizer organizer = organizer(user.organizerId());
        if (organizer.getVersion() != expectedVersion) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(Organizer.class, organizer.getId());
        }
        int before = organizer.getWorkingYear();
        organizer.changeWorkingYear(year);
        organizers.flush();
        audit.record(AuditEntry.of(organizer.getId(), "WORKING_YEAR_CHANGED", "Organizer", organizer.getId(), organizer.getName())
                .withValues(Map.of("workingYear", before), Map.of("workingYear", year)));
    }

    private static CurrentUser requireAdmin() {
        CurrentUser user = CurrentUsers.require();
        if (user.role() != vn.thidua.access.Role.PROVINCE_ADMIN) {
            throw new AccessDeniedException("only administrators set the working year");
        }
        return user;
    }
}

package vn.thidua.organization;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.common.NotFoundException;

/** The organisers as records, for the other features (see {@link Organizers}). */
@Component
@Transactional(readOnly = true)
class OrganizerDirectory implements Organizers {

    private final OrganizerRepository organizers;

    OrganizerDirectory(OrganizerRepository organizers) {
        this.organizers = organizers;
    }

    @Override
    public OrganizerSummary get(long organizerId) {
        return organizers
                .findById(organizerId)
                .map(o -> new OrganizerSummary(o.getId(), o.getName(), o.getWorkingYear()))
                .orElseThrow(() -> new NotFoundException("organizer"));
    }
}

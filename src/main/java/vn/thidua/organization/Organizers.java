package vn.thidua.organization;

/** The organisers as other features see them: read-only records. Access is the caller's business. */
public interface Organizers {

    /** The organiser with its name and working year; {@code NotFoundException} when there is none. */
    OrganizerSummary get(long organizerId);

    /** The year the organiser's pages open on. */
    default int workingYear(long organizerId) {
        return get(organizerId).workingYear();
    }
}

package vn.thidua.notification;

import java.util.Collection;
import java.util.List;

/**
 * Who is told: the people behind the notifications. The accounts belong to the {@code account} module, which offers
 * this service; notification asks it rather than reading the accounts' table itself.
 */
public interface Recipients {

    /** The enabled people who act for these units (their officers and cluster-head representatives), by id. */
    List<Long> officersOfUnits(Collection<Long> unitIds);

    /** The organiser's enabled administrators, by id. */
    List<Long> administratorsOf(long organizerId);

    /** The organiser's enabled staff (administrators and reviewers), by id. */
    List<Long> staffOf(long organizerId);

    /** The enabled people among these who have an e-mail address. */
    List<RecipientAddress> withEmail(Collection<Long> userIds);
}

package vn.thidua.audit;

import java.util.Collection;
import java.util.Map;

/**
 * The names of records of one kind, so that the audit trail shows a unit's name where it recorded its id. Asked once
 * for all the ids a page shows.
 */
public interface AuditRecordNames {

    /** The kind of record, as recorded ({@code Unit}). */
    String kind();

    /** The names of those of the records that exist and that the person may read about. */
    Map<Long, String> names(Collection<Long> ids);
}

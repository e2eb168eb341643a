package vn.thidua.audit;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How one recorded field's value reads: as written, a number, a count or a year, a date, a moment, yes or no, a
 * code by its name (the enum's own message key), or the name of another record (a unit's id as the unit's name).
 *
 * @param codes for {@link Kind#CODE}, the message key of every value the field can hold
 * @param reference for {@link Kind#REFERENCE}, the kind of record the ids point to (see {@link AuditRecordNames})
 */
public record AuditField(Kind kind, Map<String, String> codes, String reference) {

    public enum Kind {
        TEXT,
        NUMBER,
        WHOLE,
        DATE,
        MOMENT,
        YES_NO,
        CODE,
        REFERENCE
    }

    public static AuditField text() {
        return new AuditField(Kind.TEXT, Map.of(), null);
    }

    /** A score or an amount: 1.234,56. */
    public static AuditField number() {
        return new AuditField(Kind.NUMBER, Map.of(), null);
    }

    /** A count or a year, shown as it is. */
    public static AuditField whole() {
        return new AuditField(Kind.WHOLE, Map.of(), null);
    }

    public static AuditField date() {
        return new AuditField(Kind.DATE, Map.of(), null);
    }

    public static AuditField moment() {
        return new AuditField(Kind.MOMENT, Map.of(), null);
    }

    public static AuditField yesNo() {
        return new AuditField(Kind.YES_NO, Map.of(), null);
    }

    public static <E extends Enum<E>> AuditField named(E[] values, Function<E, String> messageKey) {
        return new AuditField(
                Kind.CODE, Arrays.stream(values).collect(Collectors.toUnmodifiableMap(Enum::name, messageKey)), null);
    }

    /** The id (or a list of ids) of a record of the given kind, shown by its name. */
    public static AuditField reference(String kind) {
        return new AuditField(Kind.REFERENCE, Map.of(), kind);
    }
}

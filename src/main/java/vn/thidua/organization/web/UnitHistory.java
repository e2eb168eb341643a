package vn.thidua.organization.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.audit.RecordedChange;
import vn.thidua.common.BusinessTime;
import vn.thidua.common.DisplayFormat;
import vn.thidua.organization.UnitLevel;
import vn.thidua.organization.internal.UnitService;

/**
 * A unit's audit trail as people read it: the action in words, who and when, and each changed field with its old and
 * new value (levels by their label, units by their name, dates as dd/MM/yyyy).
 */
@Component
class UnitHistory {

    private static final List<String> FIELDS = List.of(
            "code",
            "name",
            "shortName",
            "level",
            "parentId",
            "retiredOn",
            "retirementReason",
            "successorId",
            "predecessorId");
    private static final Set<String> UNIT_FIELDS = Set.of("parentId", "successorId", "predecessorId");

    /** One recorded change. {@code at} is Vietnam's local time. */
    record Entry(String action, String actor, LocalDateTime at, String reason, List<Change> changes) {}

    /** One field of a change; {@code before} is empty for a field that had no value. */
    record Change(String field, String before, String after, Long beforeUnitId, Long afterUnitId) {}

    private final UnitService units;
    private final MessageSource messages;
    private final JsonMapper json = JsonMapper.builder().build();

    UnitHistory(UnitService units, MessageSource messages) {
        this.units = units;
        this.messages = messages;
    }

    /** The unit's history, newest first. */
    List<Entry> of(long unitId) {
        List<RecordedChange> events = units.history(unitId);
        List<Map<String, Object>[]> values = new ArrayList<>();
        Set<Long> unitIds = new HashSet<>();
        for (RecordedChange event : events) {
            @SuppressWarnings("unchecked")
            Map<String, Object>[] pair = new Map[] {read(event.getOldValue()), read(event.getNewValue())};
            values.add(pair);
            for (Map<String, Object> map : pair) {
                UNIT_FIELDS.forEach(field -> {
                    Long id = asLong(map.get(field));
                    if (id != null) {
                        unitIds.add(id);
                    }
                });
            }
        }
        Map<Long, String> names = units.unitNames(unitIds);
        Locale locale = LocaleContextHolder.getLocale();
        List<Entry> entries = new ArrayList<>();
        for (int i = events.size() - 1; i >= 0; i--) {
            RecordedChange event = events.get(i);
            Map<String, Object> before = values.get(i)[0];
            Map<String, Object> after = values.get(i)[1];
            List<Change> changes = new ArrayList<>();
            for (String field : FIELDS) {
                Object old = before.get(field);
                Object now = after.get(field);
                if (!after.containsKey(field) && !before.containsKey(field) || Objects.equals(old, now)) {
                    continue;
                }
                String label = messages.getMessage("unit.history.field." + field, null, field, locale);
                changes.add(new Change(
                        label,
                        display(field, old, names, locale),
                        display(field, now, names, locale),
                        UNIT_FIELDS.contains(field) ? asLong(old) : null,
                        UNIT_FIELDS.contains(field) ? asLong(now) : null));
            }
            String action = messages.getMessage(
                    "unit.history.action." + event.getAction(),
                    null,
                    messages.getMessage("unit.history.action.other", null, locale),
                    locale);
            // A retirement's reason is already shown as the changed field; it is not repeated.
            String reason = Objects.equals(event.getReason(), after.get("retirementReason")) ? null : event.getReason();
            entries.add(new Entry(
                    action, event.getActor(), BusinessTime.localDateTime(event.getOccurredAt()), reason, changes));
        }
        return entries;
    }

    private String display(String field, Object value, Map<Long, String> names, Locale locale) {
        if (value == null || value.toString().isBlank()) {
            return "";
        }
        if (UNIT_FIELDS.contains(field)) {
            Long id = asLong(value);
            return id != null && names.containsKey(id) ? names.get(id) : "#" + value;
        }
        if ("level".equals(field)) {
            try {
                return messages.getMessage(UnitLevel.valueOf(value.toString()).messageKey(), null, locale);
            } catch (IllegalArgumentException e) {
                return value.toString();
            }
        }
        if ("retiredOn".equals(field)) {
            try {
                return LocalDate.parse(value.toString()).format(DisplayFormat.DATE);
            } catch (DateTimeParseException e) {
                return value.toString();
            }
        }
        return value.toString();
    }

    private Map<String, Object> read(String value) {
        if (value == null || value.isBlank()) {
            return Map.of();
        }
        try {
            Map<String, Object> map = new LinkedHashMap<>();
            json.readTree(value)
                    .properties()
                    .forEach(property -> map.put(
                            property.getKey(),
                            property.getValue().isNull()
                                    ? null
                                    : property.getValue().isNumber()
                                            ? (Object) property.getValue().longValue()
                                            : property.getValue().asString()));
            return map;
        } catch (RuntimeException e) {
            return Map.of();
        }
    }

    private static Long asLong(Object value) {
        if (value instanceof Number number) {
            return number.longValue();
        }
        if (value instanceof String text && text.matches("\\d+")) {
            return Long.parseLong(text);
        }
        return null;
    }
}

package vn.thidua.audit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.thidua.common.BusinessTime;
import vn.thidua.common.DisplayFormat;

/**
 * The audit trail as people read it: every action, kind of record, field and value by its name in the reader's
 * language, dates as dd/MM/yyyy, numbers as 1.234,56, and the ids of other records as their names. The names of all
 * the records a page shows are read at once, one query per kind of record. Templates reach it as {@code @auditView}.
 */
@Component("auditView")
public class AuditView {

    private static final Pattern ID = Pattern.compile("\\d+");

    /** One recorded change, ready to show. {@code record} names the record where its name is known. */
    public record Line(
            Long id,
            Instant occurredAt,
            String when,
            String actor,
            String action,
            String kind,
            String record,
            String summary,
            String reason,
            boolean change,
            List<Field> fields) {}

    /** One field: its name, and its value before and after as text ({@code null} where there was none). */
    public record Field(String label, String before, String after, boolean changed) {}

    private final List<AuditVocabulary> vocabularies;
    private final Map<String, AuditRecordNames> recordNames = new HashMap<>();
    private final MessageSource messages;

    AuditView(List<AuditVocabulary> vocabularies, List<AuditRecordNames> recordNames, MessageSource messages) {
        this.vocabularies = vocabularies;
        recordNames.forEach(names -> this.recordNames.put(names.kind(), names));
        this.messages = messages;
    }

    /** Every vocabulary declared by the features. */
    public List<AuditVocabulary> vocabularies() {
        return vocabularies;
    }

    /** The trail's events, ready to show. */
    public List<Line> lines(Collection<AuditEvent> events) {
        return history(events.stream().map(RecordedChange::new).toList());
    }

    /** A record's history, as {@link AuditTrail#historyOf} gives it, ready to show. */
    public List<Line> history(Collection<RecordedChange> events) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, Map<Long, String>> names = names(events);
        List<Line> lines = new ArrayList<>(events.size());
        for (RecordedChange event : events) {
            String kind = event.getEntityType();
            List<Field> fields = new ArrayList<>();
            for (FieldChange change : event.getChanges()) {
                Optional<AuditField> field = field(kind, change.field());
                fields.add(new Field(
                        fieldLabel(kind, change.field(), locale),
                        value(field, change.before(), names, locale),
                        value(field, change.after(), names, locale),
                        change.changed()));
            }
            String record = event.getEntityId() == null
                    ? null
                    : names.getOrDefault(kind, Map.of()).get(event.getEntityId());
            lines.add(new Line(
                    event.getId(),
                    event.getOccurredAt(),
                    DisplayFormat.DATE_TIME_SECONDS.format(event.getOccurredAtLocal()),
                    event.getActor(),
                    actionName(event.getAction()),
                    kindName(kind),
                    record,
                    event.getSummary(),
                    event.getReason(),
                    event.isChange(),
                    fields));
        }
        return lines;
    }

    /** The name of an action code, or the code where it has none. */
    public String actionName(String code) {
        return messages.getMessage("audit.action." + code, null, code, LocaleContextHolder.getLocale());
    }

    /** The name of a kind of record, or the kind where it has none. */
    public String kindName(String kind) {
        return messages.getMessage("audit.entity." + kind, null, kind, LocaleContextHolder.getLocale());
    }

    private String fieldLabel(String kind, String field, Locale locale) {
        Optional<AuditFields> fields = fieldsOf(kind);
        if (fields.isPresent()
                && fields.get().get(field).isEmpty()
                && fields.get().other().isPresent()) {
            return messages.getMessage("audit.field." + kind + ".other", new Object[] {field}, field, locale);
        }
        String shared = messages.getMessage("audit.field." + field, null, field, locale);
        return messages.getMessage("audit.field." + kind + "." + field, null, shared, locale);
    }

    private Optional<AuditFields> fieldsOf(String kind) {
        for (AuditVocabulary vocabulary : vocabularies) {
            AuditFields fields = vocabulary.records().get(kind);
            if (fields != null) {
                return Optional.of(fields);
            }
        }
        return Optional.empty();
    }

    private Optional<AuditField> field(String kind, String name) {
        return fieldsOf(kind).flatMap(fields -> fields.get(name).or(fields::other));
    }

    /** The names of every record the events point to, one question per kind of record. */
    private Map<String, Map<Long, String>> names(Collection<RecordedChange> events) {
        Map<String, Set<Long>> wanted = new HashMap<>();
        for (RecordedChange event : events) {
            if (event.getEntityId() != null && recordNames.containsKey(event.getEntityType())) {
                wanted.computeIfAbsent(event.getEntityType(), k -> new HashSet<>())
                        .add(event.getEntityId());
            }
            for (FieldChange change : event.getChanges()) {
                field(event.getEntityType(), change.field())
                        .filter(field ->
                                field.kind() == AuditField.Kind.REFERENCE && recordNames.containsKey(field.reference()))
                        .ifPresent(field -> {
                            Set<Long> ids = wanted.computeIfAbsent(field.reference(), k -> new HashSet<>());
                            ids.addAll(ids(change.before()));
                            ids.addAll(ids(change.after()));
                        });
            }
        }
        Map<String, Map<Long, String>> names = new HashMap<>();
        wanted.forEach((kind, ids) ->
                names.put(kind, ids.isEmpty() ? Map.of() : recordNames.get(kind).names(ids)));
        return names;
    }

    private static List<Long> ids(String value) {
        List<Long> ids = new ArrayList<>();
        if (value != null) {
            Matcher matcher = ID.matcher(value);
            while (matcher.find()) {
                ids.add(Long.parseLong(matcher.group()));
            }
        }
        return ids;
    }

    private String value(
            Optional<AuditField> declared, String value, Map<String, Map<Long, String>> names, Locale locale) {
        if (value == null || value.isBlank() || "null".equals(value)) {
            return null;
        }
        AuditField field = declared.orElse(null);
        if (field == null) {
            return plain(value, locale);
        }
        return switch (field.kind()) {
            case TEXT, WHOLE -> value;
            case NUMBER -> number(value, locale);
            case DATE -> date(value);
            case MOMENT -> moment(value);
            case YES_NO -> yesNo(value, locale);
            case CODE ->
                field.codes().containsKey(value)
                        ? messages.getMessage(field.codes().get(value), null, value, locale)
                        : value;
            case REFERENCE -> reference(field.reference(), value, names, locale);
        };
    }

    /** A value no feature declared: yes/no and dates are still recognised. */
    private String plain(String value, Locale locale) {
        if ("true".equals(value) || "false".equals(value)) {
            return yesNo(value, locale);
        }
        return date(value);
    }

    private String number(String value, Locale locale) {
        try {
            return DisplayFormat.number(new BigDecimal(value.trim()), locale);
        } catch (NumberFormatException e) {
            return value;
        }
    }

    private static String date(String value) {
        try {
            return DisplayFormat.DATE.format(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return value;
        }
    }

    private static String moment(String value) {
        try {
            return DisplayFormat.DATE_TIME.format(Instant.parse(value).atZone(BusinessTime.ZONE));
        } catch (DateTimeParseException e) {
            try {
                return DisplayFormat.DATE_TIME.format(LocalDateTime.parse(value));
            } catch (DateTimeParseException again) {
                return date(value);
            }
        }
    }

    private String yesNo(String value, Locale locale) {
        return switch (value) {
            case "true" -> messages.getMessage("audit.value.true", null, locale);
            case "false" -> messages.getMessage("audit.value.false", null, locale);
            default -> value;
        };
    }

    private String reference(String kind, String value, Map<String, Map<Long, String>> names, Locale locale) {
        Map<Long, String> known = names.getOrDefault(kind, Map.of());
        List<String> shown = new ArrayList<>();
        for (Long id : ids(value)) {
            shown.add(
                    known.containsKey(id)
                            ? known.get(id)
                            : messages.getMessage(
                                    "audit.value.unknownRecord",
                                    new Object[] {kindName(kind), String.valueOf(id)},
                                    locale));
        }
        return shown.isEmpty() ? value : String.join(", ", shown);
    }
}

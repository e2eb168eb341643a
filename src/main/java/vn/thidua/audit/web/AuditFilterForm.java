package vn.thidua.audit.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.thidua.audit.AuditFilter;

/** The audit page's filters as typed: a date that is not a date comes back as an error next to its field. */
public class AuditFilterForm {

    private String actor;
    private String entityType;
    private String action;

    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate from;

    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate to;

    AuditFilter toFilter() {
        return new AuditFilter(actor, entityType, action, from, to);
    }

    boolean isEmpty() {
        return isBlank(actor) && isBlank(entityType) && isBlank(action) && from == null && to == null;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}

package vn.thidua.audit;

import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** What the audit page filters on; every field may be empty. */
public record AuditFilter(String actor, String entityType, String action,
                          @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate from,
                          @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate to) {
}

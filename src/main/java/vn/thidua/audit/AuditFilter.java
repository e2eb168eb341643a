package vn.thidua.audit;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** What the audit page filters on; every field may be empty. */
public record AuditFilter(
        String actor,
        String entityType,
        String action,
        @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate from,
        @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate to) {}

package vn.thidua.audit;

/**
 * One field of an audited record, before and after the change, as text ({@code null} where there was no value).
 * {@code changed} tells the fields that the change touched from those it left alone.
 */
public record FieldChange(String field, String before, String after, boolean changed) {}

package vn.thidua.common;

import org.springframework.validation.Errors;

/**
 * The checks every typed text goes through before it is kept: a length the database column holds, and plain
 * characters only. Forms use {@link PlainText} and {@code @Size}; texts that arrive as plain request parameters or
 * in maps (reasons, notes keyed by criterion) use {@link #check}.
 */
public final class TextInput {

    public static final String CONTROL_CHARACTERS = "input.text.controlCharacters";
    public static final String TOO_LONG = "input.text.tooLong";
    public static final String NUMBER_TOO_LARGE = "input.number.tooLarge";

    private TextInput() {}

    /**
     * Whether the text holds only characters a person means to type: no C0 or C1 control character (but tab, line
     * feed and carriage return in a multi-line text), no bidirectional override or isolate, no BOM or non-character.
     */
    public static boolean isPlain(CharSequence text, boolean multiLine) {
        for (int i = 0; i < text.length(); i++) {
            if (!allowed(text.charAt(i), multiLine)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allowed(char c, boolean multiLine) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return multiLine;
        }
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
            return false;
        }
        // Bidirectional embeddings, overrides and isolates; the byte order mark; non-characters.
        return !(c >= '\u202a' && c <= '\u202e')
                && !(c >= '\u2066' && c <= '\u2069')
                && c != '\ufeff'
                && c != '\ufffe'
                && c != '\uffff';
    }

    /** The text without the characters {@link #isPlain} refuses (line breaks become spaces), for harmless uses. */
    public static String strip(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (allowed(c, false)) {
                kept.append(c);
            } else if (c == '\t' || c == '\n' || c == '\r') {
                kept.append(' ');
            }
        }
        return kept.toString();
    }

    /**
     * Checks one typed text and puts the problem beside its field. Returns whether the text may be kept.
     *
     * @param field the form's field path, e.g. {@code reason} or {@code note[12]}
     */
    public static boolean check(Errors errors, String field, String text, int maxLength, boolean multiLine) {
        String problem = problem(text, maxLength, multiLine);
        if (problem == null) {
            return true;
        }
        errors.rejectValue(
                field,
                problem,
                TOO_LONG.equals(problem) ? new Object[] {maxLength, text.length()} : new Object[0],
                null);
        return false;
    }

    /** The message key of what is wrong with the text, or {@code null} when it may be kept. */
    public static String problem(String text, int maxLength, boolean multiLine) {
        if (text == null) {
            return null;
        }
        if (text.strip().length() > maxLength) {
            return TOO_LONG;
        }
        return isPlain(text, multiLine) ? null : CONTROL_CHARACTERS;
    }

    /** Refuses a text with a {@link DomainException}, for services that take texts from several callers. */
    public static String require(String text, int maxLength, boolean multiLine) {
        String problem = problem(text, maxLength, multiLine);
        if (problem != null) {
            throw TOO_LONG.equals(problem)
                    ? new DomainException(problem, maxLength, text.length())
                    : new DomainException(problem);
        }
        return text;
    }
}

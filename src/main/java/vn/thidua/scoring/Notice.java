package vn.thidua.scoring;

import java.time.LocalDate;

/** Why a page offers no action for now, as a message key; {@code date} (a deadline) is its argument when present. */
public record Notice(String key, LocalDate date) {

    public static Notice of(String key) {
        return new Notice(key, null);
    }
}

package vn.thidua.common;

import java.util.Objects;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** The one optimistic check: a change is made only to the version the person saw. */
public final class Versions {

    private Versions() {}

    /**
     * Refuses a change made to another version than the one the person saw, with the conflict the screens answer with
     * "someone changed this meanwhile". {@code null} stands for "nothing there yet" on either side.
     */
    public static void require(Long expected, Long actual) {
        if (!Objects.equals(expected, actual)) {
            throw new ObjectOptimisticLockingFailureException(
                    "changed meanwhile: version " + actual + " where " + expected + " was seen", null);
        }
    }
}

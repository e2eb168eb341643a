package vn.thidua.account;

import java.nio.charset.StandardCharsets;
import vn.thidua.common.DomainException;

/** What a new password must be. Forms check the same with Bean Validation; this is the last word. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    /** bcrypt reads only the first 72 bytes; a longer password would be silently cut. */
    public static final int MAX_BYTES = 72;

    private PasswordPolicy() {}

    static void check(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new DomainException("password.tooShort", MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new DomainException("password.tooLong");
        }
    }
}

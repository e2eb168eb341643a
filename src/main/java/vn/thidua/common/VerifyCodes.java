package vn.thidua.common;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The unguessable token of a public verification page (a pledge's, an award's): 144 random bits, URL-safe, 24
 * characters.
 */
public final class VerifyCodes {

    private static final SecureRandom RANDOM = new SecureRandom();

    private VerifyCodes() {}

    public static String next() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

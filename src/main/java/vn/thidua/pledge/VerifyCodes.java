package vn.thidua.pledge;

import java.security.SecureRandom;
import java.util.Base64;

/** The unguessable token of a pledge's public verification page (144 random bits, URL-safe). */
final class VerifyCodes {

    private static final SecureRandom RANDOM = new SecureRandom();

    private VerifyCodes() {}

    static String next() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

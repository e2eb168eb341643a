package vn.thidua.pledge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;

/**
 * The deterministic plain-text form of a pledge that signatures are computed over: every field of the text, one per
 * line in a fixed order, with line breaks and backslashes escaped and numbers in a fixed format. It is always
 * rebuilt from the stored fields, so that any later change to them shows as a hash that no longer matches.
 */
public final class CanonicalText {

    static final String FORMAT = "GIAO-UOC-THI-DUA/1";

    private CanonicalText() {}

    /** The text of the pledge of a cluster-year of {@code year} (the year is part of what is signed). */
    public static String of(Pledge pledge, int year) {
        return of(
                pledge.getVerifyCode(),
                year,
                pledge.getTitle(),
                pledge.getSigningPlace(),
                pledge.getPreamble(),
                pledge.getGoals(),
                pledge.getTargets(),
                pledge.getCommitments());
    }

    static String of(
            String code,
            int year,
            String title,
            String place,
            String preamble,
            String goals,
            List<PledgeTarget> targets,
            String commitments) {
        StringBuilder text = new StringBuilder(FORMAT).append('\n');
        line(text, "code", code);
        line(text, "year", Integer.toString(year));
        line(text, "title", title);
        line(text, "place", place);
        line(text, "preamble", preamble);
        line(text, "goals", goals);
        int number = 0;
        for (PledgeTarget target : targets) {
            number++;
            String prefix = "target." + number + ".";
            line(text, prefix + "field", target.getField().name());
            line(text, prefix + "name", target.getName());
            line(text, prefix + "unit", target.getUnitOfMeasure());
            line(text, prefix + "value", PledgeNumbers.canonical(target.getTargetValue()));
            target.getMemberValues()
                    .forEach(
                            (unitId, value) -> line(text, prefix + "member." + unitId, PledgeNumbers.canonical(value)));
        }
        line(text, "commitments", commitments);
        return text.toString();
    }

    public static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void line(StringBuilder text, String key, String value) {
        text.append(key).append('=').append(escape(value)).append('\n');
    }

    private static String escape(String value) {
        if (value == null) {
            return "";
        }
        String normalized = Normalizer.normalize(value, Normalizer.Form.NFC)
                .replace("\r\n", "\n")
                .replace('\r', '\n');
        return normalized.replace("\\", "\\\\").replace("\n", "\\n");
    }
}

package vn.thidua.infrastructure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * Where the data lives. {@code url}, {@code username} and {@code password} come from {@code THIDUA_DB_*};
 * the standard {@code spring.datasource.*} properties are honoured when those are not set.
 * <p>
 * Two accounts: the <em>owner</em> ({@code THIDUA_DB_OWNER_USER}) owns the tables and runs the migrations; the
 * <em>application</em> account ({@code THIDUA_DB_USER}) is what the running application connects as, with no more
 * than reading and writing rows, so that it cannot switch off the triggers that keep the audit trail and the
 * signatures append-only. Without an owner account the application account does both, with a loud warning.
 */
@ConfigurationProperties("thidua.db")
public record DatabaseSettings(
        String url,
        String username,
        String password,
        String springUrl,
        String springUsername,
        String springPassword,
        @DefaultValue("10") int poolSize,
        @DefaultValue Embedded embedded,
        String demoData,
        String ownerUsername,
        String ownerPassword) {

    /** The embedded server's superuser, which owns the tables there. */
    static final String EMBEDDED_OWNER = "postgres";
    /** The role the application connects as on the embedded server; created by the owner when missing. */
    static final String EMBEDDED_APPLICATION_ROLE = "thidua_app";

    static final String EMBEDDED_APPLICATION_PASSWORD = "thidua_app";

    public record Embedded(
            @DefaultValue("./data/postgres") String dataDir,
            @DefaultValue("0") int port) {}

    boolean usesExternalServer() {
        return StringUtils.hasText(resolvedUrl());
    }

    String resolvedUrl() {
        return StringUtils.hasText(url) ? url : springUrl;
    }

    String resolvedUsername() {
        return StringUtils.hasText(url) ? username : springUsername;
    }

    String resolvedPassword() {
        return StringUtils.hasText(url) ? password : springPassword;
    }

    /** Whether migrations run as an account of their own, the application connecting as another. */
    boolean hasSeparateOwner() {
        if (!usesExternalServer()) {
            return true;
        }
        return StringUtils.hasText(ownerUsername) && !ownerUsername.trim().equals(applicationUsername());
    }

    /** The account the running application connects as. */
    String applicationUsername() {
        return usesExternalServer() ? trimmed(resolvedUsername()) : EMBEDDED_APPLICATION_ROLE;
    }

    String applicationPassword() {
        return usesExternalServer() ? resolvedPassword() : EMBEDDED_APPLICATION_PASSWORD;
    }

    /** The account the migrations run as: the owner when one is given, otherwise the application's own. */
    String migrationUsername() {
        if (!usesExternalServer()) {
            return EMBEDDED_OWNER;
        }
        return hasSeparateOwner() ? ownerUsername.trim() : applicationUsername();
    }

    String migrationPassword() {
        if (!usesExternalServer()) {
            return null;
        }
        return hasSeparateOwner() ? ownerPassword : applicationPassword();
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
    }

    /** Demo data is on by default on the embedded database and off on a real server unless asked for. */
    public boolean loadsDemoData() {
        if (StringUtils.hasText(demoData)) {
            return Boolean.parseBoolean(demoData.trim());
        }
        return !usesExternalServer();
    }
}

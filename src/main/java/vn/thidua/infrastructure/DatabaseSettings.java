package vn.thidua.infrastructure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * Where the data lives. {@code url}, {@code username} and {@code password} come from {@code THIDUA_DB_*};
 * the standard {@code spring.datasource.*} properties are honoured when those are not set.
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
        String demoData) {

    public record Embedded(@DefaultValue("./data/postgres") String dataDir, @DefaultValue("0") int port) {
    }

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

    /** Demo data is on by default on the embedded database and off on a real server unless asked for. */
    public boolean loadsDemoData() {
        if (StringUtils.hasText(demoData)) {
            return Boolean.parseBoolean(demoData.trim());
        }
        return !usesExternalServer();
    }
}

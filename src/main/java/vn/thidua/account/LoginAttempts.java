package vn.thidua.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.common.BusinessTime;
import vn.thidua.common.DisplayFormat;
import vn.thidua.common.TextInput;
import vn.thidua.notification.NotificationMessage;
import vn.thidua.notification.Notifications;

/**
 * Counts failed password checks (at the sign-in form, and when a signed-in person confirms or changes their password)
 * per account and per client address, and throttles both with a wait that doubles with every further failure.
 * <p>
 * A throttled account or address is refused before its password is checked, and such a refusal is not counted, so
 * that hammering does not lengthen the wait. An address is throttled sooner than an account: an attack from one
 * address stops before the account is throttled, and its owner still signs in from anywhere else. The account's
 * owner is told by a notification when their account is throttled. State lives in the database: it survives a
 * restart and is shared by several instances of the application.
 */
@Service
class LoginAttempts {

    /** Per account, from any address: the owner is kept out for at most {@code longestWait} at a time. */
    static final Throttle ACCOUNT =
            new Throttle(20, Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofMinutes(15));
    /** Per client address, whatever user names it tries. */
    static final Throttle ADDRESS = new Throttle(10, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofHours(1));

    private final JdbcTemplate jdbc;
    private final UserAccountRepository users;
    private final Notifications notifications;
    private final Clock clock;
    private final Set<String> unthrottledAddresses;

    LoginAttempts(
            JdbcTemplate jdbc,
            UserAccountRepository users,
            Notifications notifications,
            Clock clock,
            @Value("${thidua.sign-in.unthrottled-addresses:}") String unthrottledAddresses) {
        this.jdbc = jdbc;
        this.users = users;
        this.notifications = notifications;
        this.clock = clock;
        this.unthrottledAddresses = Arrays.stream(unthrottledAddresses.split(","))
                .map(String::trim)
                .filter(a -> !a.isEmpty())
                .map(ClientAddress::key)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * How many failures a subject may have before it waits; after that, each failure makes it wait
     * {@code firstWait × 2^(failures − freeFailures)}, at most {@code longestWait}. A count whose last failure is
     * older than {@code forgetAfter} starts again.
     */
    record Throttle(int freeFailures, Duration firstWait, Duration longestWait, Duration forgetAfter) {

        /** The SQL expression of the end of the wait after {@code failures} (an SQL expression) failures at {@code ?}. */
        String blockedUntilSql(String failures) {
            return "CASE WHEN " + failures + " >= " + freeFailures
                    + " THEN CAST(? AS timestamptz) + make_interval(secs => least("
                    + longestWait.toSeconds() + ", " + firstWait.toSeconds() + " * power(2, least(" + failures + " - "
                    + freeFailures + ", 30)))) END";
        }
    }

    /** Whether an attempt for this user name from this address is refused without its password being checked. */
    @Transactional(readOnly = true)
    public boolean isThrottled(String username, String address) {
        OffsetDateTime now = now();
        String addressKey = ClientAddress.key(address);
        if (addressKey != null && !unthrottledAddresses.contains(addressKey)) {
            Boolean blocked = jdbc.queryForObject(
                    "select exists (select 1 from sign_in_address where address = ? and blocked_until > ?)",
                    Boolean.class,
                    addressKey,
                    now);
            if (Boolean.TRUE.equals(blocked)) {
                return true;
            }
        }
        // A name no account can have (a NUL byte, a control character) has nothing to count against.
        if (username == null || username.isBlank() || !TextInput.isPlain(username, false)) {
            return false;
        }
        Boolean locked = jdbc.queryForObject(
                "select exists (select 1 from app_user where lower(username) = lower(?) and locked_until > ?)",
                Boolean.class,
                username.trim(),
                now);
        return Boolean.TRUE.equals(locked);
    }

    /**
     * Counts a failed password check for the user name (known or not) and the address (when known). Recorded in a
     * transaction of its own: the action that failed is rolled back, the count must stay.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String username, String address) {
        OffsetDateTime now = now();
        String addressKey = ClientAddress.key(address);
        if (addressKey != null && !unthrottledAddresses.contains(addressKey)) {
            failedFromAddress(addressKey, now);
        }
        if (username != null && !username.isBlank() && TextInput.isPlain(username, false)) {
            failedForAccount(username.trim(), now);
        }
    }

    @Transactional
    public void succeeded(String username) {
        users.recordSuccessfulLogin(username, clock.instant());
    }

    private void failedFromAddress(String address, OffsetDateTime now) {
        OffsetDateTime forgetBefore = now.minus(ADDRESS.forgetAfter());
        String failures = "(CASE WHEN a.last_failure_at <= ? THEN 1 ELSE a.failures + 1 END)";
        jdbc.update(
                """
                INSERT INTO sign_in_address AS a (address, failures, last_failure_at) VALUES (?, 1, ?)
                ON CONFLICT (address) DO UPDATE SET
                    failures = %1$s,
                    last_failure_at = ?,
                    blocked_until = %2$s
                WHERE a.blocked_until IS NULL OR a.blocked_until <= ?
                """.formatted(failures, ADDRESS.blockedUntilSql(failures)),
                address,
                now,
                forgetBefore,
                now,
                forgetBefore,
                now,
                forgetBefore,
                now);
        // Addresses quiet for longer than the forgetting period are forgotten.
        jdbc.update(
                "DELETE FROM sign_in_address WHERE last_failure_at <= ? AND (blocked_until IS NULL OR blocked_until <= ?)",
                forgetBefore,
                now);
    }

    /**
     * One statement per failure, so that simultaneous attempts all count. Sign-in bookkeeping leaves the version
     * alone: it is no edit of the account. A locked account's row is not touched: its wait does not grow.
     */
    private void failedForAccount(String username, OffsetDateTime now) {
        OffsetDateTime forgetBefore = now.minus(ACCOUNT.forgetAfter());
        List<Map<String, Object>> updated = jdbc.queryForList(
                """
                WITH counted AS (
                    SELECT id, CASE WHEN last_failed_login_at IS NULL OR last_failed_login_at <= ? THEN 1 ELSE failed_attempts + 1 END AS failures
                    FROM app_user
                    WHERE lower(username) = lower(?) AND (locked_until IS NULL OR locked_until <= ?)
                    FOR UPDATE)
                UPDATE app_user u SET failed_attempts = counted.failures,
                                      last_failed_login_at = ?,
                                      locked_until = coalesce(%s, u.locked_until)
                FROM counted WHERE u.id = counted.id
                RETURNING u.id, u.failed_attempts, u.locked_until
                """.formatted(ACCOUNT.blockedUntilSql("counted.failures")), forgetBefore, username, now, now, now);
        for (Map<String, Object> row : updated) {
            int failures = ((Number) row.get("failed_attempts")).intValue();
            if (failures == ACCOUNT.freeFailures()) {
                Instant until = toInstant(row.get("locked_until"));
                notifications.notifyUsers(
                        List.of(((Number) row.get("id")).longValue()),
                        NotificationMessage.of(
                                "notification.account.throttled",
                                "/account/password",
                                DisplayFormat.DATE_TIME.format(until.atZone(BusinessTime.ZONE))));
            }
        }
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static Instant toInstant(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }
}

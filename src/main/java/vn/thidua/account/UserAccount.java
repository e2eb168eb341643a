package vn.thidua.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.thidua.access.CurrentUser;
import vn.thidua.access.Role;
import vn.thidua.common.DomainException;

/** A person who signs in. Their scope comes from their organiser, their unit and the year's cluster terms. */
@Entity
@Table(name = "app_user")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "organizer_id", nullable = false)
    private Long organizerId;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    @Version
    private long version;

    protected UserAccount() {}

    public UserAccount(String username, String passwordHash, String fullName, String email, long organizerId) {
        this.username = username.trim();
        this.passwordHash = passwordHash;
        this.fullName = fullName.trim();
        this.email = blankToNull(email);
        this.organizerId = organizerId;
        this.role = Role.VIEWER;
    }

    /** A unit-bound role needs a unit; other roles act for the whole organiser and carry none. */
    public void assign(Role newRole, Long newUnitId) {
        if (newRole == null) {
            throw new DomainException("user.role.required");
        }
        if (newRole.isUnitBound() && newUnitId == null) {
            throw new DomainException("user.unit.required");
        }
        if (!newRole.isUnitBound() && newUnitId != null) {
            throw new DomainException("user.unit.notAllowed");
        }
        this.role = newRole;
        this.unitId = newUnitId;
    }

    public void rename(String newFullName, String newEmail) {
        this.fullName = newFullName.trim();
        this.email = blankToNull(newEmail);
    }

    /** The person chose a new password themselves. */
    public void changePasswordHash(String newHash, Instant at) {
        setPasswordHash(newHash, at);
        this.passwordChangeRequired = false;
    }

    /** An administrator set a temporary password: it unlocks the account and must be replaced at the next sign-in. */
    public void resetPasswordHash(String temporaryHash, Instant at) {
        setPasswordHash(temporaryHash, at);
        this.passwordChangeRequired = true;
    }

    /** A new account's first password was chosen by an administrator: the person replaces it at the first sign-in. */
    void requirePasswordChange() {
        this.passwordChangeRequired = true;
    }

    private void setPasswordHash(String newHash, Instant at) {
        this.passwordHash = newHash;
        this.passwordChangedAt = at;
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    public boolean isLockedAt(Instant at) {
        return lockedUntil != null && lockedUntil.isAfter(at);
    }

    public AccountStatus statusAt(Instant at) {
        return AccountStatus.of(enabled, lockedUntil, at);
    }

    CurrentUser toCurrentUser(Instant now) {
        return new CurrentUser(
                id, username, passwordHash, fullName, role, organizerId, unitId, enabled, isLockedAt(now));
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("username", username);
        state.put("fullName", fullName);
        state.put("email", email);
        state.put("role", role);
        state.put("unitId", unitId);
        state.put("enabled", enabled);
        return state;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public Role getRole() {
        return role;
    }

    public Long getOrganizerId() {
        return organizerId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public long getVersion() {
        return version;
    }
}

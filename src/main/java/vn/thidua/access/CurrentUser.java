package vn.thidua.access;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person as every feature sees them. */
public final class CurrentUser implements UserDetails, CredentialsContainer, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private transient String passwordHash;
    private final String fullName;
    private final Role role;
    private final long organizerId;
    private final Long unitId;
    private final boolean enabled;
    private final boolean locked;

    public CurrentUser(
            long id,
            String username,
            String passwordHash,
            String fullName,
            Role role,
            long organizerId,
            Long unitId,
            boolean enabled,
            boolean locked) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.role = Objects.requireNonNull(role);
        this.organizerId = organizerId;
        this.unitId = unitId;
        this.enabled = enabled;
        this.locked = locked;
    }

    public long id() {
        return id;
    }

    public String fullName() {
        return fullName;
    }

    public Role role() {
        return role;
    }

    public long organizerId() {
        return organizerId;
    }

    /** The unit this person acts for, or {@code null} for provincial staff and viewers. */
    public Long unitId() {
        return unitId;
    }

    public boolean is(Role candidate) {
        return role == candidate;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Forgets the password hash once authentication is over, so that the session never holds it. */
    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CurrentUser that && that.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return username;
    }
}

package vn.thidua.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.thidua.access.Role;
import vn.thidua.account.UserAccount;
import vn.thidua.account.UserChanges;
import vn.thidua.common.PlainText;

/** What the edit form binds: the fields an administrator may change, and the version the form was read at. */
public class UserForm {

    @NotBlank(message = "{user.fullName.required}")
    @Size(max = 255, message = "{user.fullName.size}")
    @PlainText
    private String fullName;

    @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{user.email.invalid}")
    @Size(max = 255, message = "{user.email.invalid}")
    @PlainText
    private String email;

    @NotNull(message = "{user.role.required}")
    private Role role;

    private Long unitId;

    private long version;

    static UserForm of(UserAccount user) {
        UserForm form = new UserForm();
        form.fullName = user.getFullName();
        form.email = user.getEmail();
        form.role = user.getRole();
        form.unitId = user.getUnitId();
        form.version = user.getVersion();
        return form;
    }

    UserChanges toChanges() {
        return new UserChanges(fullName, email, role, unitId);
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}

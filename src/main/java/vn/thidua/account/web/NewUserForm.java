package vn.thidua.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.thidua.account.NewUser;
import vn.thidua.account.PasswordPolicy;

/** The create form: the edit form's fields plus the user name and the initial password, typed twice. */
public class NewUserForm extends UserForm implements PasswordPair {

    @NotBlank(message = "{user.username.required}")
    @Pattern(regexp = "[A-Za-z0-9._-]{3,60}", message = "{user.username.pattern}")
    private String username;

    @NotBlank(message = "{password.required}")
    @Size(min = PasswordPolicy.MIN_LENGTH, message = "{password.tooShort}")
    private String password;

    private String passwordConfirmation;

    NewUser toNewUser() {
        return new NewUser(username, getFullName(), getEmail(), getRole(), getUnitId(), password);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    @Override
    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    @Override
    public String getPasswordConfirmation() {
        return passwordConfirmation;
    }

    public void setPasswordConfirmation(String passwordConfirmation) {
        this.passwordConfirmation = passwordConfirmation;
    }
}

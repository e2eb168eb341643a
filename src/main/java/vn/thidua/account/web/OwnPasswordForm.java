package vn.thidua.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.thidua.account.PasswordPolicy;

/** A person's own password change: the current one, then the new one typed twice. */
public class OwnPasswordForm implements PasswordPair {

    @NotBlank(message = "{password.current.required}")
    private String currentPassword;

    @NotBlank(message = "{password.required}")
    @Size(min = PasswordPolicy.MIN_LENGTH, message = "{password.tooShort}")
    private String password;

    private String passwordConfirmation;

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
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

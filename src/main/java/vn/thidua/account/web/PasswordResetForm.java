package vn.thidua.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.thidua.account.PasswordPolicy;

/** An administrator's temporary password for someone else, typed twice. */
public class PasswordResetForm implements PasswordPair {

    @NotBlank(message = "{password.required}")
    @Size(min = PasswordPolicy.MIN_LENGTH, message = "{password.tooShort}")
    private String password;

    private String passwordConfirmation;

    private long version;

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

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}

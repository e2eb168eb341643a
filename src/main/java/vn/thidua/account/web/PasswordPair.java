package vn.thidua.account.web;

/** A form where a new password is typed twice. */
interface PasswordPair {

    String getPassword();

    String getPasswordConfirmation();
}

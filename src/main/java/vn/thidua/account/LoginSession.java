package vn.thidua.account;

/** What the sign-in keeps in the session between a failed attempt and the form shown again. */
public final class LoginSession {

    /** The user name of the last failed sign-in, so that only the password has to be retyped. */
    public static final String LAST_USERNAME = "thidua.lastUsername";

    private LoginSession() {}
}

package vn.thidua.account;

import vn.thidua.access.Role;

/** What an administrator gives to create an account; the password is the initial one, in clear text. */
public record NewUser(String username, String fullName, String email, Role role, Long unitId, String password) {

    @Override
    public String toString() {
        return "NewUser[" + username + ", " + role + ", unit " + unitId + "]";
    }
}

package vn.thidua.account;

import vn.thidua.access.Role;

/** What an administrator may change on an account. */
public record UserChanges(String fullName, String email, Role role, Long unitId) {}

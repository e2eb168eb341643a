/**
 * Accounts: user accounts, roles and units assigned to them, sign-in and its throttling, password changes and the
 * password confirmation that signatures use.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"access", "audit", "common", "notification", "infrastructure", "organization"})
package vn.thidua.account;

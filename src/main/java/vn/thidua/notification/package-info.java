/**
 * In-app notifications for the people a change concerns, and an e-mail for each when a mail server is configured
 * ({@code spring.mail.host}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "common"})
package vn.thidua.notification;

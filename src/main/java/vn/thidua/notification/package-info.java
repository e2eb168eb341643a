/**
 * In-app notifications for the people a change concerns, and an e-mail for each when a mail server is configured
 * ({@code spring.mail.host}).
 */
package vn.thidua.notification;

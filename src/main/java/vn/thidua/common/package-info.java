/**
 * Small building blocks every feature shares: domain exceptions, search keys, the business time zone and "today" by
 * the application's clock ({@link vn.thidua.common.BusinessTime}), and one way to show and read numbers and dates in
 * the reader's language ({@link vn.thidua.common.DisplayFormat}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package vn.thidua.common;

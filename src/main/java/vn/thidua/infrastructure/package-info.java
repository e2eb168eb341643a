/**
 * The application's plumbing: the database (embedded or external, with its own role), demo data (each feature
 * contributes a {@link vn.thidua.infrastructure.DemoDataContributor}), time, scheduling and fatal errors.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common"})
package vn.thidua.infrastructure;

/**
 * Organisation: organisers, units, clusters and cluster-years with their members, head and deputies, the working
 * year and the cluster-year's status. Its public API for the other features is the read-only records
 * ({@link vn.thidua.organization.ClusterYears}, {@link vn.thidua.organization.Units},
 * {@link vn.thidua.organization.Organizers}), the milestones that move the year
 * ({@link vn.thidua.organization.ClusterYearMilestone}) and the status and kind enums they carry; its entities and
 * repositories are its own.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "audit", "common", "notification"})
package vn.thidua.organization;

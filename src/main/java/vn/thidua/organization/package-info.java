/**
 * Organisation: organisers, units, clusters and cluster-years with their members, head and deputies, the working
 * year and the cluster-year's status. This package is its public API for the other features: the read-only records
 * ({@link vn.thidua.organization.ClusterYears}, {@link vn.thidua.organization.Units},
 * {@link vn.thidua.organization.Organizers}, {@link vn.thidua.organization.ClusterScope}), the events that move the
 * year or report on it ({@link vn.thidua.organization.ClusterYearMilestone},
 * {@link vn.thidua.organization.NextYearLeadersElected}) and the status, kind, role and level enums the records carry.
 * Its entities, repositories, services and the implementations of that API live in {@code organization.internal},
 * which no other module may use; its pages in {@code organization.web}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "audit", "common", "notification"})
package vn.thidua.organization;

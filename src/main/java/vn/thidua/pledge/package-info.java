/**
 * The yearly pledge (giao ước thi đua) of a cluster-year: drafting, targets, signing, verification and its
 * documents. It keeps the cluster-year by id and reads it through organisation's records.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"access", "account", "audit", "common", "notification", "infrastructure", "organization"
        })
package vn.thidua.pledge;

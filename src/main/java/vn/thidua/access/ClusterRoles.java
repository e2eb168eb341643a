package vn.thidua.access;

import java.util.Optional;

/**
 * The cluster facts the access policy needs, provided by the feature that keeps clusters. It lives here so that the
 * policy never depends on that feature, which itself depends on this one.
 */
public interface ClusterRoles {

    /**
     * Where the unit stands in the cluster-year; empty when there is no such cluster-year. A {@code null} unit is
     * listed nowhere ({@link ClusterRole#NONE}).
     */
    Optional<ClusterPlace> roleOf(Long unitId, long termId);
}

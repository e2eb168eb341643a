package vn.thidua.scoring;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A cluster that a criteria table applies to in its year. */
@Embeddable
public record AppliedCluster(
        @Column(name = "cluster_id", nullable = false) Long clusterId,
        @Column(name = "year", nullable = false) Integer year) {}

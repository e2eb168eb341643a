package vn.thidua.organization.internal;

import java.util.List;

/**
 * What starting the next year from {@code source} would create: its active members, and the head the rotation
 * proposes ({@code null} when there is no member to propose).
 */
public record NextYearProposal(
        ClusterTerm source, int nextYear, List<Unit> members, Unit proposedHead, List<Unit> proposedDeputies) {}

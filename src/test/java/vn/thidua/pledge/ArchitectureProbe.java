package vn.thidua.pledge;

import vn.thidua.organization.internal.ClusterTerm;

/**
 * A deliberate breach, in the test sources only: a pledge class holding organisation's entity. {@code
 * ArchitectureRulesTest} checks that its rule catches it, so that the rule cannot silently stop matching.
 */
public class ArchitectureProbe {

    ClusterTerm term;
}

package vn.thidua.pledge;

import java.util.List;

/**
 * The public check of a pledge: the hash of the canonical text rebuilt from what is stored now, compared with the
 * hash each standing signature recorded.
 */
public record Verification(Pledge pledge, String clusterName, String recomputedHash, boolean frozenTextIntact,
                           List<SignatureCheck> signatures) {

    public record SignatureCheck(PledgeSignature signature, boolean intact) {
    }

    /** The member units, by name, for the per-member targets. */
    public List<vn.thidua.organization.Unit> units() {
        return pledge.getTerm().getMembers().stream().map(vn.thidua.organization.ClusterMember::getUnit)
                .sorted(java.util.Comparator.comparing(vn.thidua.organization.Unit::getName)).toList();
    }

    public boolean intact() {
        return frozenTextIntact && !signatures.isEmpty() && signatures.stream().allMatch(SignatureCheck::intact);
    }
}

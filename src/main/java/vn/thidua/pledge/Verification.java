package vn.thidua.pledge;

import java.util.Comparator;
import java.util.List;
import vn.thidua.organization.ClusterYear;
import vn.thidua.organization.ClusterYearMember;

/**
 * The public check of a pledge: the hash of the canonical text rebuilt from what is stored now, compared with the
 * hash frozen with the text and the hash each standing signature recorded. {@code organizerName} names the council
 * whose cluster signed it (null where the check is made for the pledge's own pages); {@code clusterYear} is the
 * cluster-year the pledge is of.
 */
public record Verification(
        Pledge pledge,
        ClusterYear clusterYear,
        String recomputedHash,
        boolean frozenTextIntact,
        List<SignatureCheck> signatures,
        String organizerName) {

    public String clusterName() {
        return clusterYear.clusterName();
    }

    public int year() {
        return clusterYear.year();
    }

    /** The same check, naming the organiser, for the public page. */
    Verification withOrganizer(String name) {
        return new Verification(pledge, clusterYear, recomputedHash, frozenTextIntact, signatures, name);
    }

    /** The hash frozen with the text when the pledge was opened for signing. */
    public String storedHash() {
        return pledge.getTextHash();
    }

    public record SignatureCheck(PledgeSignature signature, boolean intact) {}

    /** The member units, by name, for the per-member targets. */
    public List<ClusterYearMember> units() {
        return clusterYear.members().stream()
                .sorted(Comparator.comparing(ClusterYearMember::unitName))
                .toList();
    }

    /**
     * Whether what is stored no longer is what was frozen and signed: the text differs from its frozen hash, or a
     * standing answer recorded another hash. (An open pledge nobody has answered yet is not tampered, only unsigned.)
     */
    public boolean tampered() {
        return !frozenTextIntact || signatures.stream().anyMatch(check -> !check.intact());
    }

    public boolean intact() {
        return frozenTextIntact && !signatures.isEmpty() && signatures.stream().allMatch(SignatureCheck::intact);
    }
}

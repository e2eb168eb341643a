package vn.thidua.pledge;

import java.util.List;
import vn.thidua.organization.ClusterYearMember;

/** One unit on the signing progress: its standing answer, if any, and its earlier (superseded or void) answers. */
public record ProgressRow(ClusterYearMember unit, boolean head, PledgeSignature answer, List<PledgeSignature> earlier) {

    public boolean signed() {
        return answer != null && answer.isValidSignature();
    }

    public boolean declined() {
        return answer != null && answer.getAnswer() == SignatureAnswer.DECLINED;
    }
}

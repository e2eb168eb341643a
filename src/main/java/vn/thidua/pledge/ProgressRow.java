package vn.thidua.pledge;

import vn.thidua.organization.Unit;

import java.util.List;

/** One unit on the signing progress: its standing answer, if any, and its earlier (superseded or void) answers. */
public record ProgressRow(Unit unit, boolean head, PledgeSignature answer, List<PledgeSignature> earlier) {

    public boolean signed() {
        return answer != null && answer.isValidSignature();
    }

    public boolean declined() {
        return answer != null && answer.getAnswer() == SignatureAnswer.DECLINED;
    }
}

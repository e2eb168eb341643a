package vn.thidua.pledge;

import java.util.List;

/** The text of a pledge as the head drafts it: everything that gets frozen when it opens for signing. */
public record PledgeContent(
        String title,
        String signingPlace,
        String preamble,
        String goals,
        List<TargetDraft> targets,
        String commitments) {

    public PledgeContent {
        targets = targets == null ? List.of() : List.copyOf(targets);
    }
}

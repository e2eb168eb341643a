package vn.thidua.award.proposal;

import vn.thidua.award.type.DocumentKind;

/** The documents uploaded to a dossier; the submission (tờ trình) is generated from the proposal instead. */
public enum ProposalDocumentKind {
    MINUTES(DocumentKind.MINUTES),
    ACHIEVEMENT_REPORT(DocumentKind.ACHIEVEMENT_REPORT),
    OTHER(DocumentKind.OTHER);

    private final DocumentKind kind;

    ProposalDocumentKind(DocumentKind kind) {
        this.kind = kind;
    }

    public DocumentKind kind() {
        return kind;
    }

    public boolean perItem() {
        return this == ACHIEVEMENT_REPORT;
    }

    public String messageKey() {
        return "proposal.documentKind." + kind.name();
    }
}

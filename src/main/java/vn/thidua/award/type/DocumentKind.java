package vn.thidua.award.type;

/** A document of a proposal's dossier: the submission (tờ trình), the meeting minutes (biên bản), an achievement report (báo cáo thành tích), or another. */
public enum DocumentKind {
    SUBMISSION,
    MINUTES,
    ACHIEVEMENT_REPORT,
    OTHER;

    public String messageKey() {
        return "document.kind." + name();
    }
}

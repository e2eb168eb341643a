package vn.thidua.award.vote;

/** What a ballot question is about: an award type, next year's head, or next year's deputies. */
public enum QuestionKind {
    AWARD,
    NEXT_HEAD,
    NEXT_DEPUTY;

    public String messageKey() {
        return "vote.question." + name();
    }
}

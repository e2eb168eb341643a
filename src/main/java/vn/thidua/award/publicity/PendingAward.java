package vn.thidua.award.publicity;

/** A proposed award under consideration (submitted, returned or reviewed, not yet decided): type and recipient only. */
public record PendingAward(String awardTypeName, String personName, String personPosition, String unitName) {

    public boolean individual() {
        return personName != null;
    }
}

package vn.thidua.award.type;

/** The kind of an award type: a title (danh hiệu thi đua) or a form of commendation (hình thức khen thưởng). */
public enum AwardCategory {
    TITLE,
    COMMENDATION;

    public String messageKey() {
        return "award.category." + name();
    }
}

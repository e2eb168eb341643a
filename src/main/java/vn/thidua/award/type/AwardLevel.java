package vn.thidua.award.type;

/** Who confers an award type: the organiser's council, the province, the Government, or the State. */
public enum AwardLevel {
    ORGANIZER,
    PROVINCE,
    GOVERNMENT,
    STATE;

    public String messageKey() {
        return "award.level." + name();
    }
}

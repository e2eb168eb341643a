package vn.thidua.award.web;

/** The form that adds an item to a proposal; every field kept as typed when it comes back. */
public class ItemForm {

    private Long awardTypeId;
    private Long unitId;
    private String personName;
    private String personPosition;
    private String personGender;
    private String personBirthDate;
    private String summary;
    private Long version;

    public Long getAwardTypeId() {
        return awardTypeId;
    }

    public void setAwardTypeId(Long awardTypeId) {
        this.awardTypeId = awardTypeId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public String getPersonName() {
        return personName;
    }

    public void setPersonName(String personName) {
        this.personName = personName;
    }

    public String getPersonPosition() {
        return personPosition;
    }

    public void setPersonPosition(String personPosition) {
        this.personPosition = personPosition;
    }

    public String getPersonGender() {
        return personGender;
    }

    public void setPersonGender(String personGender) {
        this.personGender = personGender;
    }

    public String getPersonBirthDate() {
        return personBirthDate;
    }

    public void setPersonBirthDate(String personBirthDate) {
        this.personBirthDate = personBirthDate;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}

package vn.thidua.organization.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import vn.thidua.organization.internal.Organizer;

/** The working year an administrator sets, and the organiser's version they saw. */
class WorkingYearForm {

    @NotNull(message = "{workingYear.year.required}")
    @Min(value = Organizer.FIRST_YEAR, message = "{organization.workingYear.range}")
    @Max(value = Organizer.LAST_YEAR, message = "{organization.workingYear.range}")
    private Integer year;

    private Long version;

    static WorkingYearForm of(Organizer organizer) {
        WorkingYearForm form = new WorkingYearForm();
        form.year = organizer.getWorkingYear();
        form.version = organizer.getVersion();
        return form;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}

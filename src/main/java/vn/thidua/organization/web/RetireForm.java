package vn.thidua.organization.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.thidua.common.PlainText;
import vn.thidua.organization.internal.Unit;

/** What the retire form posts: from when, why, and the version of the unit the user saw. */
class RetireForm {

    @NotNull(message = "{unit.form.retiredOn.required}")
    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate retiredOn;

    @NotBlank(message = "{unit.form.reason.required}")
    @Size(max = Unit.REASON_MAX, message = "{unit.form.reason.size}")
    @PlainText(multiLine = true)
    private String reason;

    private long version;

    public LocalDate getRetiredOn() {
        return retiredOn;
    }

    public void setRetiredOn(LocalDate retiredOn) {
        this.retiredOn = retiredOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}

package vn.thidua.organization.web;

import jakarta.validation.constraints.NotNull;

/** What the merge form posts: the retirement fields and the unit that carries on. */
class MergeForm extends RetireForm {

    @NotNull(message = "{unit.form.successor.required}")
    private Long successorId;

    public Long getSuccessorId() {
        return successorId;
    }

    public void setSuccessorId(Long successorId) {
        this.successorId = successorId;
    }
}

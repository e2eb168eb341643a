package vn.thidua.account.web;

import java.util.Map;
import org.springframework.validation.BindingResult;
import vn.thidua.common.DomainException;

/** Puts what a service refused next to the field it concerns, or above the form when it concerns no single field. */
final class FormErrors {

    private FormErrors() {}

    static void reject(BindingResult result, DomainException refusal, Map<String, String> fieldsByKey) {
        String field = fieldsByKey.get(refusal.getMessageKey());
        if (field != null) {
            result.rejectValue(field, refusal.getMessageKey(), refusal.getArguments(), null);
        } else {
            result.reject(refusal.getMessageKey(), refusal.getArguments(), null);
        }
    }

    static void checkConfirmation(PasswordPair form, BindingResult result) {
        if (form.getPassword() != null && !form.getPassword().equals(form.getPasswordConfirmation())) {
            result.rejectValue("passwordConfirmation", "password.confirmation.mismatch");
        }
    }

    static void checkUnit(UserForm form, BindingResult result) {
        if (form.getRole() == null || result.hasFieldErrors("unitId")) {
            return;
        }
        if (form.getRole().isUnitBound() && form.getUnitId() == null) {
            result.rejectValue("unitId", "user.unit.required");
        } else if (!form.getRole().isUnitBound() && form.getUnitId() != null) {
            result.rejectValue("unitId", "user.unit.notAllowed");
        }
    }
}

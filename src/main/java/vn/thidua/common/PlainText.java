package vn.thidua.common;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text as a person types it: no NUL, no other control characters (a multi-line field keeps tabs and line breaks), no
 * invisible direction overrides that make a text read differently from what it says. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    String message() default "{" + TextInput.CONTROL_CHARACTERS + "}";

    /** Whether line breaks and tabs are allowed (a text area). */
    boolean multiLine() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PlainText, CharSequence> {

        private boolean multiLine;

        @Override
        public void initialize(PlainText annotation) {
            multiLine = annotation.multiLine();
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value == null || TextInput.isPlain(value, multiLine);
        }
    }
}

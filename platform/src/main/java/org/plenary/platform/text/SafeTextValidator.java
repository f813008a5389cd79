package org.plenary.platform.text;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.util.Optional;

/** Validates {@link SingleLine} and {@link MultiLine}, saying which character broke the rule and where. */
public final class SafeTextValidator {

    private SafeTextValidator() {
    }

    static boolean check(CharSequence value, String allowed, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Optional<String> unsafe = SafeText.firstUnsafe(value, allowed);
        if (unsafe.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(
                        context.getDefaultConstraintMessageTemplate() + " (found " + unsafe.get() + ")")
                .addConstraintViolation();
        return false;
    }

    public static final class SingleLineValidator implements ConstraintValidator<SingleLine, CharSequence> {
        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return check(value, "", context);
        }
    }

    public static final class MultiLineValidator implements ConstraintValidator<MultiLine, CharSequence> {
        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return check(value, "\n\t", context);
        }
    }
}

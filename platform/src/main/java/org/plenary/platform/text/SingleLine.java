package org.plenary.platform.text;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * A single line of text: a title, a name, a function, a reason, a reference. Anything that can reach an email
 * header, a CSV cell, an iCalendar line or a log line carries this, so no line break or other control character
 * (C0, DEL, C1, U+2028, U+2029) and no broken UTF-16 gets in. Null is valid (pair with {@code @NotBlank}).
 */
@Documented
@Constraint(validatedBy = SafeTextValidator.SingleLineValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface SingleLine {

    String message() default SafeText.SINGLE_LINE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}

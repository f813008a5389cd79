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
 * Text over several lines: comments, a proposed way forward. Line feeds and tabs are its only control characters;
 * a carriage return (lines end with a line feed alone), NUL, the rest of C0, DEL, C1, U+2028 and U+2029 are refused,
 * as is broken UTF-16. Null is valid.
 */
@Documented
@Constraint(validatedBy = SafeTextValidator.MultiLineValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface MultiLine {

    String message() default SafeText.MULTI_LINE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}

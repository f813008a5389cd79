package org.plenary.platform.openapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.AnnotationIntrospector;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * A member of an API answer that has no value is left out, not written as {@code null}: the OpenAPI documents declare
 * such members optional (not required) and not nullable, which is what a generated client expects (a strictly typed
 * one would refuse a null for an integer). Applies to the services' own classes; the events (package
 * {@code org.plenary.events}) keep their members as the AsyncAPI document in docs/api describes them, and a class
 * that says otherwise with {@code @JsonInclude} keeps its own rule.
 */
@Singleton
public class AbsentWhenNull implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.setAnnotationIntrospector(AnnotationIntrospector.pair(
                mapper.getSerializationConfig().getAnnotationIntrospector(), new ApiAnswers()));
    }

    private static final class ApiAnswers extends NopAnnotationIntrospector {

        @Override
        public JsonInclude.Value findPropertyInclusion(Annotated annotated) {
            if (annotated instanceof AnnotatedClass type && isApiAnswer(type.getRawType())) {
                return JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.USE_DEFAULTS);
            }
            return JsonInclude.Value.empty();
        }

        private static boolean isApiAnswer(Class<?> type) {
            String name = type.getName();
            return name.startsWith("org.plenary.") && !name.startsWith("org.plenary.events.");
        }
    }
}

package org.plenary.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * For each service's tests: every text a request body can carry is declared a single line or multi-line text
 * (the platform's {@code @SingleLine} or {@code @MultiLine}), so no field is forgotten when control characters are
 * refused. It reads the compiled resources of a package: each parameter of a JAX-RS operation that is not a path,
 * query, header or context parameter is a body, and its records are followed member by member, into lists and maps.
 */
public final class TextFields {

    private static final Set<String> MARKS = Set.of("SingleLine", "MultiLine");
    private static final String JAX_RS = "jakarta.ws.rs.";

    private TextFields() {
    }

    /** The text members of request bodies under {@code basePackage} with neither mark: "AddItemRequest.reason". */
    public static List<String> unmarked(String basePackage) {
        List<String> unmarked = new ArrayList<>();
        for (Class<?> type : classes(basePackage)) {
            for (Method method : type.getDeclaredMethods()) {
                if (Arrays.stream(method.getAnnotations()).noneMatch(TextFields::isHttpMethod)) {
                    continue;
                }
                for (Parameter parameter : method.getParameters()) {
                    if (Arrays.stream(parameter.getAnnotations()).noneMatch(a -> isJaxRs(a.annotationType()))) {
                        check(parameter.getAnnotatedType(), parameter, type.getSimpleName() + "." + method.getName()
                                + "(body)", unmarked);
                    }
                }
            }
        }
        return unmarked.stream().distinct().sorted().toList();
    }

    private static void check(AnnotatedType type, AnnotatedElement declaration, String where, List<String> unmarked) {
        Class<?> raw = raw(type);
        if (raw == String.class) {
            if (!marked(type) && (declaration == null || !marked(declaration))) {
                unmarked.add(where);
            }
        } else if (raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                check(component.getAnnotatedType(), field(raw, component), raw.getSimpleName() + "."
                        + component.getName(), unmarked);
            }
        } else if ((Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw))
                && type instanceof AnnotatedParameterizedType parameterized) {
            for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
                check(argument, null, where + "[]", unmarked);
            }
        }
    }

    private static AnnotatedElement field(Class<?> record, RecordComponent component) {
        try {
            return record.getDeclaredField(component.getName());
        } catch (NoSuchFieldException e) {
            return component;
        }
    }

    private static boolean marked(AnnotatedElement element) {
        return Arrays.stream(element.getAnnotations())
                .anyMatch(a -> MARKS.contains(a.annotationType().getSimpleName()));
    }

    private static Class<?> raw(AnnotatedType type) {
        Type t = type.getType();
        if (t instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        return t instanceof Class<?> c ? c : Object.class;
    }

    private static boolean isHttpMethod(Annotation annotation) {
        return Arrays.stream(annotation.annotationType().getAnnotations())
                .anyMatch(meta -> meta.annotationType().getName().equals(JAX_RS + "HttpMethod"));
    }

    /** A path, query, header, cookie, form, matrix, bean or context parameter: not the body. */
    private static boolean isJaxRs(Class<? extends Annotation> annotation) {
        String name = annotation.getName();
        return name.startsWith(JAX_RS) || name.startsWith("org.jboss.resteasy.reactive.Rest");
    }

    private static List<Class<?>> classes(String basePackage) {
        List<Class<?>> classes = new ArrayList<>();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try {
            for (URL url : Collections.list(loader.getResources(basePackage.replace('.', '/')))) {
                // The service's own compiled classes, not its tests'.
                if (!url.getProtocol().equals("file") || url.getPath().contains("/test-classes/")) {
                    continue;
                }
                Path root = Path.of(url.toURI());
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                        String relative = root.relativize(file).toString().replace(file.getFileSystem()
                                .getSeparator(), ".");
                        String name = basePackage + "." + relative.substring(0, relative.length() - ".class".length());
                        classes.add(Class.forName(name, false, loader));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return classes;
    }
}

package org.plenary.platform.caching;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.VertxHttpBuildTimeConfig;
import io.vertx.core.MultiMap;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The HTTP caching and compression of every response of the API, whatever the resource.
 * <p>
 * The entity is serialized here, once, by the writer Quarkus REST would have used, and the bytes go out as they are.
 * A successful read (GET or HEAD, 200) gets an ETag computed over those bytes and the headers they vary with
 * ({@link EntityTags#of}), unless the resource set one itself (a contribution's revision); when If-None-Match names
 * it, the answer is 304 without a body. Reads are {@code private, no-cache}: each caller sees its own data, and a
 * write changes it at any moment, so a cache must ask again, which costs a 304. Writes and errors are
 * {@code no-store}. A body from {@link CompressionThreshold} up, of a type {@code quarkus.http.compress-media-types}
 * lists, is gzipped for a client that accepts it; a smaller one is not.
 */
@Provider
public class RepresentationFilter implements ContainerResponseFilter {

    public static final String READ_CACHE_CONTROL = "private, no-cache";
    public static final String NEVER_STORED = "no-store";
    /** Origin too: with CORS on, Access-Control-Allow-Origin repeats the request's origin (cors/CorsOrigins). */
    public static final String READ_VARY = String.join(", ", HttpHeaders.AUTHORIZATION, HttpHeaders.ACCEPT,
            HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.ACCEPT_ENCODING, "Origin");

    /** What a 304 keeps of the 200 it stands for (RFC 9110, section 15.4.5). */
    private static final Set<String> KEPT_BY_NOT_MODIFIED = Set.of(HttpHeaders.ETAG.toLowerCase(),
            HttpHeaders.CACHE_CONTROL.toLowerCase(), HttpHeaders.VARY.toLowerCase(),
            HttpHeaders.CONTENT_LOCATION.toLowerCase(), HttpHeaders.EXPIRES.toLowerCase());
    private static final String IDENTITY = "identity";

    private final Providers providers;
    private final CurrentVertxRequest vertx;
    /** Looked up at the first response: Quarkus REST builds its filters before the runtime configuration is read. */
    private final Instance<CompressionThreshold> threshold;
    private volatile long thresholdBytes = -1;
    private final boolean compression;
    private final Set<String> compressible;

    public RepresentationFilter(@Context Providers providers, CurrentVertxRequest vertx,
                                Instance<CompressionThreshold> threshold, VertxHttpBuildTimeConfig http) {
        this.providers = providers;
        this.vertx = vertx;
        this.threshold = threshold;
        this.compression = http.enableCompression();
        this.compressible = Set.copyOf(http.compressMediaTypes().orElse(List.of()));
    }

    /**
     * The 304 a resource answers itself when it knows a read's entity tag before it builds the representation (an
     * If-None-Match that names it): with the headers this filter gives a read, which it leaves as they are.
     */
    public static Response notModifiedRead(String tag) {
        return Response.notModified().header(HttpHeaders.ETAG, tag).header(HttpHeaders.CACHE_CONTROL, READ_CACHE_CONTROL)
                .header(HttpHeaders.VARY, READ_VARY).build();
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        boolean read = HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
        boolean success = response.getStatusInfo().getFamily() == Response.Status.Family.SUCCESSFUL;
        String type = String.valueOf(response.getMediaType());
        byte[] body = serialized(response);
        // Only now: setting the entity gives the response a new set of headers in Quarkus REST.
        MultivaluedMap<String, Object> headers = response.getHeaders();
        if (!headers.containsKey(HttpHeaders.CACHE_CONTROL)) {
            headers.putSingle(HttpHeaders.CACHE_CONTROL, read && success ? READ_CACHE_CONTROL : NEVER_STORED);
        }
        if (read && success) {
            headers.putSingle(HttpHeaders.VARY, READ_VARY);
        }
        if (body == null) {
            return;
        }
        if (read && response.getStatus() == Response.Status.OK.getStatusCode()) {
            String tag = response.getHeaderString(HttpHeaders.ETAG);
            if (tag == null) {
                tag = EntityTags.of(body, type, response.getHeaderString(HttpHeaders.CONTENT_LANGUAGE));
                headers.putSingle(HttpHeaders.ETAG, tag);
            }
            if (EntityTags.noneMatchHits(request.getHeaders().get(HttpHeaders.IF_NONE_MATCH), tag)) {
                notModified(response);
                return;
            }
        }
        chooseCoding(body.length, response.getMediaType());
    }

    /**
     * The entity as the bytes that will be sent, now the response's entity; null when there is none or it is a
     * stream, which is left to go out as it comes.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private byte[] serialized(ContainerResponseContext response) throws IOException {
        Object entity = response.getEntity();
        if (entity == null || entity instanceof InputStream || entity instanceof StreamingOutput
                || entity instanceof File || entity instanceof Path) {
            return null;
        }
        if (entity instanceof byte[] bytes) {
            return bytes;
        }
        MediaType type = response.getMediaType();
        byte[] body;
        if (entity instanceof String text) {
            body = text.getBytes(charset(type));
        } else {
            MessageBodyWriter writer = providers.getMessageBodyWriter(response.getEntityClass(),
                    response.getEntityType(), response.getEntityAnnotations(), type);
            if (writer == null) {
                return null;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
            writer.writeTo(entity, response.getEntityClass(), response.getEntityType(),
                    response.getEntityAnnotations(), type, response.getHeaders(), out);
            body = out.toByteArray();
        }
        response.setEntity(body, response.getEntityAnnotations(), type);
        return body;
    }

    private static Charset charset(MediaType type) {
        String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
    }

    private static void notModified(ContainerResponseContext response) {
        response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
        response.setEntity(null);
        response.getHeaders().keySet().removeIf(name -> !KEPT_BY_NOT_MODIFIED.contains(name.toLowerCase()));
    }

    /**
     * With compression on, Quarkus marks every response {@code Content-Encoding: identity} and lifts the mark only
     * for a resource's media types it lists (never for a problem from an exception mapper); the HTTP layer then
     * gzips what is unmarked. The size decides here, for every response alike.
     */
    private void chooseCoding(int size, MediaType type) {
        if (!compression) {
            return;
        }
        MultiMap headers = vertx.getCurrent().response().headers();
        if (thresholdBytes < 0) {
            thresholdBytes = threshold.get().threshold().asLongValue();
        }
        boolean worthIt = size >= thresholdBytes && type != null
                && compressible.contains(type.getType() + "/" + type.getSubtype());
        if (worthIt) {
            if (IDENTITY.equals(headers.get(HttpHeaders.CONTENT_ENCODING))) {
                headers.remove(HttpHeaders.CONTENT_ENCODING);
            }
        } else if (!headers.contains(HttpHeaders.CONTENT_ENCODING)) {
            headers.set(HttpHeaders.CONTENT_ENCODING, IDENTITY);
        }
    }
}

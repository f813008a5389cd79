package org.plenary.dashboard.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.plenary.dashboard.security.Signatures;
import org.plenary.dashboard.services.ServiceProblem;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What every form on the dashboard does: one call through a generated client, then back to the page it came from
 * (POST, redirect, GET), with a notice of what was done or, when the service refused, the service's own words,
 * signed so that a link cannot make a page say something else ({@link PageContext} checks it).
 */
@ApplicationScoped
public class Actions {

    static final String PROBLEM = "problem";

    /** A call to a service that may be refused. */
    @FunctionalInterface
    public interface Call {
        void run() throws Exception;
    }

    private final Signatures signatures;

    public Actions(Signatures signatures) {
        this.signatures = signatures;
    }

    /**
     * @param back   the page to return to, a path such as {@code /meetings/C20-VC} (its segments as they are)
     * @param notice the message key that says what was done, e.g. {@code deadline_changed}
     */
    public Response perform(String back, String notice, Call call) {
        try {
            call.run();
            return seeOther(back, "notice=" + notice);
        } catch (Exception refused) {
            String problem = ServiceProblem.of(refused).message();
            return seeOther(back, PROBLEM + "=" + encode(problem) + "&sig=" + signatures.sign(PROBLEM, problem));
        }
    }

    /** The service's words, when the address carries them with a valid signature; else none. */
    String verifiedProblem(String problem, String signature) {
        return signatures.verify(PROBLEM, problem, signature) ? problem : null;
    }

    static Response seeOther(String path) {
        return seeOther(path, null);
    }

    /** The path quoted where it needs to be (a meeting id is the caller's), the query as given, already encoded. */
    private static Response seeOther(String path, String query) {
        try {
            String location = new URI(null, null, path, null).toASCIIString();
            return Response.seeOther(URI.create(query == null ? location : location + "?" + query)).build();
        } catch (URISyntaxException unusable) {
            return Response.seeOther(URI.create("/")).build();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

package org.plenary.dashboard.pages;

import jakarta.ws.rs.core.Response;

import java.net.URI;

/**
 * What every form on the dashboard does: one call through a generated client, then back to the page it came from
 * (POST, redirect, GET), with a notice of what was done or, when the service refused, the service's own words.
 */
public final class Actions {

    /** A call to a service that may be refused. */
    @FunctionalInterface
    public interface Call {
        void run() throws Exception;
    }

    private Actions() {
    }

    /**
     * @param back   the page to return to, e.g. {@code /meetings/C20-VC}
     * @param notice the message key that says what was done, e.g. {@code deadline_changed}
     */
    public static Response perform(String back, String notice, Call call) {
        try {
            call.run();
            return seeOther(back + (back.contains("?") ? "&" : "?") + "notice=" + notice);
        } catch (Exception refused) {
            return seeOther(PageContext.problem(back, refused));
        }
    }

    public static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }
}

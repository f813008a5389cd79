package org.plenary.dashboard.security;

import io.quarkus.oidc.JavaScriptRequestChecker;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The overview's live part is fetched by htmx in the background. When the session has ended, such a request cannot
 * follow a redirect to the identity provider; quarkus-oidc answers it 499 instead
 * ({@code java-script-auto-redirect=false}), and dashboard.js reloads the page, which signs the person in again.
 */
@ApplicationScoped
public class HtmxRequests implements JavaScriptRequestChecker {

    @Override
    public boolean isJavaScriptRequest(RoutingContext context) {
        return "true".equals(context.request().getHeader("HX-Request"));
    }
}

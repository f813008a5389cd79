package org.plenary.dashboard.pages;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.plenary.dashboard.services.ServiceProblem;

/**
 * A page that cannot be shown says why, in the page's language, instead of a stack trace: a service refused (no such
 * meeting, a service unavailable), the person signed in is not the secretariat, or a form came without its token.
 */
public class Failures {

    private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    private final Template failure;
    private final PageContext context;

    @Inject
    public Failures(Template failure, PageContext context) {
        this.failure = failure;
        this.context = context;
    }

    @ServerExceptionMapper({org.plenary.client.agenda.ApiException.class,
            org.plenary.client.contribution.ApiException.class, org.plenary.client.registration.ApiException.class,
            org.plenary.client.notification.ApiException.class})
    public Response refused(Exception refused) {
        ServiceProblem problem = ServiceProblem.of(refused);
        int status = problem.status() >= 400 && problem.status() < 600 ? problem.status() : 502;
        return page(status, "page_failed", problem.message());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException refused) {
        return page(403, "not_secretariat", "");
    }

    /**
     * A form refused for its CSRF token (quarkus-rest-csrf answers a bare 400): sent without it, or from a page left
     * open longer than the token's cookie lives. The person is told what happened and what to do.
     */
    @ServerResponseFilter
    public void formRefused(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 400 && !response.hasEntity() && HttpMethod.POST.equals(request.getMethod())) {
            response.setEntity(page("form_refused", "", "form_refused_why").render(), null, HTML);
        }
    }

    private Response page(int status, String reason, String detail) {
        return Response.status(status).type(HTML).entity(page(reason, detail, null).render()).build();
    }

    /** @param explanation the key of a label that says more (what to do), or null */
    private TemplateInstance page(String reason, String detail, String explanation) {
        return context.page(failure, null, "").data("reason", reason).data("detail", detail)
                .data("explanation", explanation);
    }
}

package org.plenary.dashboard.pages;

import io.quarkus.qute.Template;
import io.quarkus.security.ForbiddenException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.plenary.dashboard.services.ServiceProblem;

/**
 * A page that cannot be shown says why, in the page's language, instead of a stack trace: a service refused (no such
 * meeting, a service unavailable), or the person signed in is not the secretariat.
 */
public class Failures {

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

    private Response page(int status, String reason, String detail) {
        var page = context.page(failure, null, "").data("reason", reason).data("detail", detail);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page.render()).build();
    }
}

package org.plenary.dashboard.pages;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.plenary.client.agenda.model.Meeting;
import org.plenary.dashboard.i18n.Language;
import org.plenary.dashboard.services.Services;

import java.net.URI;
import java.util.List;

/** The way in: the meetings to choose from (straight to the one there is), the language switch, signed out. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePage {

    private final Template meetings;
    private final Template signedout;
    private final PageContext context;
    private final Services services;

    @Inject
    public HomePage(Template meetings, Template signedout, PageContext context, Services services) {
        this.meetings = meetings;
        this.signedout = signedout;
        this.context = context;
        this.services = services;
    }

    @GET
    @RolesAllowed("secretariat")
    public Object meetings() throws Exception {
        List<Meeting> all = services.meetings().listMeetings(context.language().code(), null);
        if (all.size() == 1) {
            return Actions.seeOther("/meetings/" + all.get(0).getId());
        }
        return context.page(meetings, null, "meetings").data("meetings", all);
    }

    /** Where the identity provider sends a person back (quarkus-oidc's redirect-path); the page asked for follows. */
    @GET
    @Path("signed-in")
    @Authenticated
    public Response signedIn() {
        return Actions.seeOther("/");
    }

    /** Shows the dashboard in another of the six languages, remembered for a year, then goes back. */
    @GET
    @Path("language")
    @Authenticated
    public Response language(@QueryParam("lang") String code, @QueryParam("back") String back) {
        Language chosen = Language.of(code).orElse(Language.DEFAULT);
        String target = localPath(back);
        return Response.seeOther(URI.create(target))
                .cookie(new NewCookie.Builder(PageContext.LANGUAGE_COOKIE).value(chosen.code()).path("/")
                        .maxAge(365 * 24 * 3600).httpOnly(true).sameSite(NewCookie.SameSite.LAX).build())
                .build();
    }

    /** A page of this dashboard, or its start: "//host" and "/\\host" lead a browser to another site. */
    static String localPath(String back) {
        if (back == null || !back.matches("/([^/\\\\\\p{Cntrl}][^\\p{Cntrl}]*)?")) {
            return "/";
        }
        try {
            java.net.URI uri = new java.net.URI(back);
            return uri.getScheme() == null && uri.getAuthority() == null ? back : "/";
        } catch (java.net.URISyntaxException notAnAddress) {
            return "/";
        }
    }

    @GET
    @Path("signed-out")
    @PermitAll
    public TemplateInstance signedOut() {
        Language shown = context.language();
        TemplateInstance page = signedout.data("lang", shown);
        page.setAttribute("locale", shown.locale());
        return page;
    }
}

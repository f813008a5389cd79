package org.plenary.dashboard.pages;

import io.quarkus.oidc.IdToken;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.plenary.client.agenda.model.Meeting;
import org.plenary.dashboard.i18n.Labels;
import org.plenary.dashboard.i18n.Language;
import org.plenary.dashboard.services.Services;

import java.util.Locale;
import java.util.stream.Stream;

/**
 * What every page shares: the language it is shown in (chosen on the page, remembered in a cookie, else the
 * browser's), who is signed in, the meeting in whose context it is, and what the last action did.
 */
@RequestScoped
public class PageContext {

    static final String LANGUAGE_COOKIE = "plenary-language";

    private final HttpServerRequest request;
    private final SecurityIdentity identity;
    /** The signed-in person's ID token (a field: the qualifier does not apply to parameters). */
    @Inject
    @IdToken
    JsonWebToken idToken;
    private final Services services;
    private final Actions actions;
    private Language language;

    @Inject
    public PageContext(HttpServerRequest request, SecurityIdentity identity, Services services, Actions actions) {
        this.request = request;
        this.actions = actions;
        this.identity = identity;
        this.services = services;
    }

    public Language language() {
        if (language == null) {
            Cookie chosen = request.getCookie(LANGUAGE_COOKIE);
            language = Language.of(chosen == null ? null : chosen.getValue()).orElseGet(() -> Language.preferred(
                    Stream.of(String.valueOf(request.getHeader("Accept-Language")).split(","))
                            .map(tag -> Locale.forLanguageTag(tag.split(";", 2)[0].trim())).toList()));
        }
        return language;
    }

    /** The meeting the page is about, its titles in the page's language. */
    public Meeting meeting(String meetingId) throws Exception {
        return services.meetings().getMeeting(meetingId, language().code(), null);
    }

    /**
     * A page of a meeting: the template with the language, the person, the meeting, the navigation's current section
     * and the outcome of the action that led here ({@code notice}: a message key; {@code problem}: a service's words).
     */
    public TemplateInstance page(Template template, Meeting meeting, String section) {
        Language shown = language();
        TemplateInstance page = template.instance()
                .data("lang", shown)
                .data("languages", Language.values())
                .data("user", userName())
                .data("meeting", meeting)
                .data("section", section)
                .data("path", request.path())
                .data("notice", knownLabel(request.getParam("notice")))
                .data("problem", actions.verifiedProblem(request.getParam(Actions.PROBLEM), request.getParam("sig")));
        page.setAttribute("locale", shown.locale());
        return page;
    }

    /** A notice named in the address is shown only when it is one of the labels (a link cannot make one up). */
    private static String knownLabel(String key) {
        if (key == null || !key.matches("[a-z_]{1,40}")) {
            return null;
        }
        try {
            return Labels.class.getMethod(key).getParameterCount() == 0 ? key : null;
        } catch (NoSuchMethodException unknown) {
            return null;
        }
    }

    public String userName() {
        Object name = idToken == null ? null : idToken.getClaim("name");
        return name != null ? name.toString() : identity.getPrincipal().getName();
    }
}

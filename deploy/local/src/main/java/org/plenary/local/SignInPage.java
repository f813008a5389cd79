package org.plenary.local;

import org.plenary.infra.DevTokens.Person;

import java.util.List;
import java.util.Map;

/**
 * The pages of the development identity provider ({@link DevIdentityProvider}): the sign-in page, which asks who to be
 * and carries the application's authorization request on in hidden fields, and the page after signing out.
 */
final class SignInPage {

    /** The authorization request's parameters the form sends back with the choice. */
    private static final List<String> CARRIED = List.of("response_type", "client_id", "redirect_uri", "scope", "state",
            "nonce", "code_challenge", "code_challenge_method");
    private static final String STYLE = "body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:40rem;"
            + "padding:0 1rem;line-height:1.5}fieldset{border:1px solid #767676;padding:.5rem 1rem}"
            + "label{margin-left:.4rem}button{margin-top:1rem;font-size:1rem;padding:.4rem 1.2rem}";

    private SignInPage() {
    }

    /**
     * @param action  where the form is posted (the provider's authorize endpoint)
     * @param request the authorization request, from the query
     * @param who     the choices: {@code secretariat} (checked) and member states' codes
     */
    static String render(String action, Map<String, String> request, List<String> who) {
        StringBuilder page = new StringBuilder(page("Sign in to Plenary (development only)"));
        page.append("<main>\n<h1>Sign in to Plenary — development only</h1>\n")
                .append("<p>This sign-in exists only in the local run (<code>./plenary-local</code>): the launcher is")
                .append(" its own identity provider and asks for no password. A production deployment signs people in")
                .append(" at the organisation's identity provider instead.</p>\n")
                .append("<p>Application: <code>").append(escape(request.get("client_id"))).append("</code></p>\n")
                .append("<form method=\"post\" action=\"").append(escape(action)).append("\">\n");
        for (String name : CARRIED) {
            if (request.containsKey(name)) {
                page.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"")
                        .append(escape(request.get(name))).append("\">\n");
            }
        }
        page.append("<fieldset>\n<legend>Sign in as</legend>\n");
        for (String choice : who) {
            boolean secretariat = choice.equals(Person.SECRETARIAT);
            String id = "who-" + choice;
            page.append("<div><input type=\"radio\" name=\"who\" id=\"").append(id).append("\" value=\"")
                    .append(choice).append('"').append(secretariat ? " checked" : "").append("><label for=\"")
                    .append(id).append("\">").append(secretariat ? "Secretariat" : "Member state focal point — " + choice)
                    .append("</label></div>\n");
        }
        return page.append("</fieldset>\n<button type=\"submit\" id=\"sign-in\">Sign in</button>\n</form>\n</main>\n")
                .append("</body>\n</html>\n").toString();
    }

    static String signedOut() {
        return page("Signed out of Plenary (development only)")
                + "<main>\n<h1>You are signed out</h1>\n<p>Signed out of the local run's development sign-in.</p>\n"
                + "</main>\n</body>\n</html>\n";
    }

    private static String page(String title) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + title
                + "</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n";
    }

    /** Text or an attribute value, escaped for HTML. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}

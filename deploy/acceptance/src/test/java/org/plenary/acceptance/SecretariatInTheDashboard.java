package org.plenary.acceptance;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.plenary.client.registration.api.DelegationsApi;
import org.plenary.client.registration.model.RegisterParticipant;
import org.plenary.client.registration.model.Role;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat's side of the consultation in the dashboard, in a real browser, as a person would do it: sign in
 * (the local run's development provider), extend the deadline, publish a member state's contribution, grant an
 * additional speaker, watch the speaker pool move while a member state registers through the API, find a dead email
 * and send it again, read the agenda in Chinese, sign out. Every page is checked with axe-core and photographed, and
 * the browser must find nothing on any of them that the dashboard's Content-Security-Policy refuses.
 */
final class SecretariatInTheDashboard {

    private static final String DASHBOARD = "http://localhost:8080";
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    private final Browser browser;
    private final LocalRun run;
    private final String meeting;
    private final Page page;
    /** What the browser refused under the dashboard's Content-Security-Policy (Chromium reports it on the console). */
    private final List<String> refused = new CopyOnWriteArrayList<>();

    SecretariatInTheDashboard(Browser browser, LocalRun run, String meeting) {
        this.browser = browser;
        this.run = run;
        this.meeting = meeting;
        this.page = browser.newPage();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                refused.add(page.url() + ": " + message.text());
            }
        });
    }

    void story() throws Exception {
        signIn();
        extendTheDeadline();
        publishChinasContribution();
        grantTheAdditionalSpeaker();
        watchTheSpeakerPoolMove();
        resendADeadEmail();
        visitTheTimePlan();
        readTheAgendaInChinese();
        aFormWithoutItsTokenIsRefused();
        signOut();
        aMemberStateIsRefused();
        assertThat(refused).as("what the Content-Security-Policy refused on the pages").isEmpty();
    }

    private void signIn() {
        page.navigate(DASHBOARD + "/");
        // Not signed in: the dashboard sends the browser to the identity provider, here the launcher's.
        PlaywrightAssertions.assertThat(page.locator("h1")).containsText("development only");
        assertThat(page.url()).startsWith("http://localhost:8090/oidc/authorize");
        browser.assertAccessible(page, "the development sign-in page");
        page.locator("#sign-in").click();
        page.waitForURL(DASHBOARD + "/meetings/" + meeting);
        PlaywrightAssertions.assertThat(page.locator("#signed-in-as")).containsText("ITU secretariat");
        PlaywrightAssertions.assertThat(page.locator("#deadline-local")).containsText("2020-06-02");
        check("overview");
        assertTheBrowserIsToldToGuard(page.request().get(page.url()).headers());
    }

    /** The hardening headers on a page: scripts only from the dashboard, no framing, no sniffing, no referrer out. */
    private static void assertTheBrowserIsToldToGuard(Map<String, String> headers) {
        assertThat(headers.get("content-security-policy")).contains("default-src 'self'", "script-src 'self';",
                "object-src 'none'", "frame-ancestors 'none'");
        assertThat(headers).containsEntry("x-frame-options", "DENY")
                .containsEntry("x-content-type-options", "nosniff")
                .containsEntry("referrer-policy", "same-origin");
    }

    private void extendTheDeadline() {
        String remindersBefore = page.locator("#next-reminders").textContent();
        page.locator("#deadline-date").fill("2020-06-05");
        page.locator("#deadline-time").fill("24:00");
        page.locator("#deadline-reason").fill("At the request of several Councillors");
        page.locator("#extend-deadline button[type=submit]").click();
        PlaywrightAssertions.assertThat(page.locator("#notice")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#deadline-local")).containsText("2020-06-05");
        PlaywrightAssertions.assertThat(page.locator("#deadline-history")).containsText(
                "At the request of several Councillors");
        // notification-service plans the reminders again from the new deadline (an event away): the page shows it.
        PlaywrightAssertions.assertThat(page.locator("#next-reminders")).not().hasText(remindersBefore,
                new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(20_000));
        PlaywrightAssertions.assertThat(page.locator("#next-reminders")).containsText("2020-06-0",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
    }

    private void publishChinasContribution() {
        page.locator("nav a", new Page.LocatorOptions().setHasText("Contributions")).click();
        page.locator("#filter-state").fill("CHN");
        page.locator("#filters button[type=submit]").click();
        check("contributions");
        page.locator("#contributions tbody a").first().click();
        PlaywrightAssertions.assertThat(page.locator("#way-forward")).containsText("理事会注意到该报告");
        check("contribution");
        page.locator("#publish button").click();
        PlaywrightAssertions.assertThat(page.locator("#contribution-status")).hasText("Published");
        PlaywrightAssertions.assertThat(page.locator("#public-reference")).isVisible();
    }

    private void grantTheAdditionalSpeaker() {
        page.locator("nav a", new Page.LocatorOptions().setHasText("Registration")).click();
        Locator request = page.locator("#additional-speaker-requests tbody tr",
                new Page.LocatorOptions().setHasText("CHN"));
        PlaywrightAssertions.assertThat(request.locator(".request-status")).hasText("Awaiting a decision");
        check("registration");
        request.locator("select[name=decision]").selectOption("grant");
        request.locator("input[name=reason]").fill("Item 5 is China's report");
        request.locator("button[type=submit]").click();
        PlaywrightAssertions.assertThat(page.locator("#notice")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("#additional-speaker-requests tbody tr",
                new Page.LocatorOptions().setHasText("CHN")).locator(".request-status")).hasText("Granted");
    }

    private void watchTheSpeakerPoolMove() throws Exception {
        page.locator("nav a", new Page.LocatorOptions().setHasText("Overview")).click();
        Locator used = page.locator("#speaker-gauge .used");
        int before = Integer.parseInt(used.getAttribute("data-used"));
        // Brazil registers a speaker through the API; the open page fetches its live part every few seconds.
        new DelegationsApi(registration("BRA")).registerParticipant(meeting, "BRA", new RegisterParticipant()
                .name("Ana Souza").email("ana.souza@bra.example.org").language("es").role(Role.SPEAKER), null);
        PlaywrightAssertions.assertThat(used).hasAttribute("data-used", String.valueOf(before + 1),
                new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions().setTimeout(15_000));
    }

    private void resendADeadEmail() throws Exception {
        // Kenya registers a viewer whose mailbox the mail relay refuses for good: the personal link goes DEAD.
        String address = "no.such.viewer@ken.example.org";
        launcher("/smtp/refuse?address=" + encode(address) + "&reply=" + encode("550 5.1.1 No such mailbox"));
        new DelegationsApi(registration("KEN")).registerParticipant(meeting, "KEN", new RegisterParticipant()
                .name("Wanjiru Kamau").email(address).language("en").role(Role.VIEWER), null);
        page.locator("nav a", new Page.LocatorOptions().setHasText("Emails")).click();
        Locator dead = ledgerRows(address, "dead");
        check("emails");
        launcher("/smtp/accept?address=" + encode(address));
        dead.locator("a").click();
        PlaywrightAssertions.assertThat(page.locator("#last-error")).containsText("550");
        check("email");
        page.locator("#resend button").click();
        PlaywrightAssertions.assertThat(page.locator("#notice")).isVisible();
        page.locator("a", new Page.LocatorOptions().setHasText("← Emails")).click();
        ledgerRows(address, "sent");
    }

    /** The ledger filtered by recipient, asked again as a person would press "Filter", until a row has the status. */
    private Locator ledgerRows(String recipient, String status) {
        Locator rows = page.locator("#ledger tbody tr.status-" + status, new Page.LocatorOptions().setHasText(recipient));
        Eventually.await("an email to " + recipient + " that is " + status + " in the ledger", Duration.ofSeconds(60),
                () -> {
                    page.locator("#filter-recipient").fill(recipient);
                    page.locator("#ledger-filters button[type=submit]").click();
                    page.waitForLoadState();
                    return rows.count();
                }, count -> assertThat(count).isEqualTo(1));
        return rows;
    }

    private void visitTheTimePlan() {
        page.locator("nav a", new Page.LocatorOptions().setHasText("Time plan")).click();
        String calendar = page.locator("#calendar-url").inputValue();
        assertThat(calendar).startsWith(DASHBOARD + "/calendar/" + meeting + "/");
        check("time-plan");
        // A calendar application sends no credentials: the address alone is enough.
        HttpResponse<String> ics = get(calendar);
        assertThat(ics.statusCode()).isEqualTo(200);
        assertThat(ics.body()).startsWith("BEGIN:VCALENDAR");
        assertThat(get(calendar.replace("/time-plan.ics", "x/time-plan.ics")).statusCode()).isEqualTo(404);
    }

    private void readTheAgendaInChinese() {
        page.locator("nav a", new Page.LocatorOptions().setHasText("Agenda")).click();
        check("agenda");
        page.locator("#language-choice").selectOption("zh");
        page.locator("#change-language").click();
        PlaywrightAssertions.assertThat(page.locator("html")).hasAttribute("lang", "zh");
        assertThat(page.locator("#item-1 .title").textContent()).containsPattern(CHINESE);
        assertThat(page.locator("nav a[aria-current=page]").textContent()).containsPattern(CHINESE);
        check("agenda-zh");
        page.locator("#language-choice").selectOption("ar");
        page.locator("#change-language").click();
        PlaywrightAssertions.assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        check("agenda-ar");
        page.locator("#language-choice").selectOption("en");
        page.locator("#change-language").click();
    }

    private void signOut() {
        page.locator("#sign-out").click();
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("You are signed out");
        check("signed-out");
        page.navigate(DASHBOARD + "/meetings/" + meeting);
        assertThat(page.url()).startsWith("http://localhost:8090/oidc/authorize");
    }

    /** A member state's focal point signed in gets no page of the dashboard, and no action either. */
    private void aMemberStateIsRefused() {
        Page kenya = browser.newPage();
        kenya.navigate(DASHBOARD + "/meetings/" + meeting + "/registration");
        kenya.locator("#who-KEN").check();
        kenya.locator("#sign-in").click();
        kenya.waitForURL(DASHBOARD + "/meetings/" + meeting + "/registration");
        PlaywrightAssertions.assertThat(kenya.locator("h1")).hasText("This dashboard is for the secretariat");
        browser.assertAccessible(kenya, "the refusal");
        assertThat(deadlineFormWithoutToken(kenya).status()).isEqualTo(403);
        kenya.context().close();
    }

    /** A form sent without its CSRF token, with the secretariat's session cookie, is refused, saying what to do. */
    private void aFormWithoutItsTokenIsRefused() {
        APIResponse refused = deadlineFormWithoutToken(page);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("This form was not accepted")
                .contains("Nothing was changed: go back, reload the page and send the form again.");
    }

    /** The deadline form posted by the page's browser session but without the form's CSRF token. */
    private APIResponse deadlineFormWithoutToken(Page from) {
        return from.request().post(DASHBOARD + "/meetings/" + meeting + "/contribution-deadline",
                com.microsoft.playwright.options.RequestOptions.create().setForm(
                        com.microsoft.playwright.options.FormData.create().set("date", "2020-06-30").set("reason", "x"))
                        .setMaxRedirects(0));
    }

    /** The page as it stands: no serious or critical accessibility violation, and a screenshot. */
    private void check(String name) {
        browser.assertAccessible(page, name);
        Browser.screenshot(page, name);
    }

    private org.plenary.client.registration.ApiClient registration(String state) {
        String token = run.token(state);
        return new org.plenary.client.registration.ApiClient().setHost("localhost").setPort(8083)
                .setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    }

    private static void launcher(String pathAndQuery) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:8090" + pathAndQuery)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(pathAndQuery + ": " + answer.body()).isEqualTo(200);
    }

    private static HttpResponse<String> get(String url) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

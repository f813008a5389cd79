package org.plenary.dashboard.services;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.oidc.AccessTokenCredential;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.plenary.client.TextAwareObjectMapper;
import org.plenary.client.agenda.api.AgendaApi;
import org.plenary.client.agenda.api.MeetingsApi;
import org.plenary.client.agenda.api.TimePlanApi;
import org.plenary.client.contribution.api.ContributionsApi;
import org.plenary.client.notification.api.DeliveryLedgerApi;
import org.plenary.client.notification.api.RemindersApi;
import org.plenary.client.registration.api.AdditionalSpeakersApi;
import org.plenary.client.registration.api.CapacityApi;
import org.plenary.client.registration.api.DelegationsApi;
import org.plenary.client.registration.api.MemberStateDirectoryApi;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * The four services as the signed-in person may use them: API objects of the client generated from the services'
 * OpenAPI documents (clients/java), each request carrying that person's access token, so the services' own checks
 * decide what the dashboard may do. Nothing here calls a service by hand.
 */
@RequestScoped
public class Services {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final SharedHttpClient HTTP = new SharedHttpClient(Duration.ofSeconds(3));
    /** Reads JSON, and the CSV, HTML and iCalendar answers as they came (see TextAwareObjectMapper). */
    private static final ObjectMapper JSON = new TextAwareObjectMapper(
            org.plenary.client.agenda.ApiClient.createDefaultObjectMapper());

    private final ServiceAddresses addresses;
    private final Consumer<HttpRequest.Builder> bearer;

    @Inject
    public Services(ServiceAddresses addresses, AccessTokenCredential accessToken) {
        this(addresses, accessToken.getToken());
    }

    /** The services as a holder of {@code token} sees them: the signed-in person, or the dashboard itself. */
    public Services(ServiceAddresses addresses, String token) {
        this.addresses = addresses;
        this.bearer = request -> request.header("Authorization", "Bearer " + token);
    }

    public MeetingsApi meetings() {
        return new MeetingsApi(agenda());
    }

    public AgendaApi agendaItems() {
        return new AgendaApi(agenda());
    }

    public TimePlanApi timePlan() {
        return new TimePlanApi(agenda());
    }

    public ContributionsApi contributions() {
        return new ContributionsApi(contribution());
    }

    public CapacityApi capacity() {
        return new CapacityApi(registration());
    }

    public DelegationsApi delegations() {
        return new DelegationsApi(registration());
    }

    public AdditionalSpeakersApi additionalSpeakers() {
        return new AdditionalSpeakersApi(registration());
    }

    public MemberStateDirectoryApi directory() {
        return new MemberStateDirectoryApi(registration());
    }

    public DeliveryLedgerApi deliveries() {
        return new DeliveryLedgerApi(notification());
    }

    public RemindersApi reminders() {
        return new RemindersApi(notification());
    }

    /** agenda-service's idea of "now": the consultation's clock, which the local run simulates. */
    public org.plenary.client.agenda.api.ClockApi clock() {
        return new org.plenary.client.agenda.api.ClockApi(agenda());
    }

    private org.plenary.client.agenda.ApiClient agenda() {
        return new org.plenary.client.agenda.ApiClient(HTTP, JSON, addresses.agenda())
                .setRequestInterceptor(bearer).setReadTimeout(TIMEOUT);
    }

    private org.plenary.client.contribution.ApiClient contribution() {
        return new org.plenary.client.contribution.ApiClient(HTTP, JSON, addresses.contribution())
                .setRequestInterceptor(bearer).setReadTimeout(TIMEOUT);
    }

    private org.plenary.client.registration.ApiClient registration() {
        return new org.plenary.client.registration.ApiClient(HTTP, JSON, addresses.registration())
                .setRequestInterceptor(bearer).setReadTimeout(TIMEOUT);
    }

    private org.plenary.client.notification.ApiClient notification() {
        return new org.plenary.client.notification.ApiClient(HTTP, JSON, addresses.notification())
                .setRequestInterceptor(bearer).setReadTimeout(TIMEOUT);
    }
}

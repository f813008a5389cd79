package org.plenary.notification.registration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plenary.platform.problem.NotFound;
import org.plenary.platform.security.Roles;

import java.util.List;
import java.util.Locale;

/** What this service will copy on emails about a state: the answer to "why was nobody in Cc?". */
@Path("/contact-persons/{memberState}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recipients",
        description = "The contact persons this service emails for a member state, as registration-service "
                + "announced them")
@APIResponse(responseCode = "401", description = "No valid bearer token")
public class ContactsResource {

    private final ContactsReplicaRepository contacts;

    public ContactsResource(ContactsReplicaRepository contacts) {
        this.contacts = contacts;
    }

    @GET
    @RolesAllowed(Roles.SECRETARIAT)
    @Transactional
    @Operation(operationId = "listContactPersons",
            summary = "A state's contact persons as this service knows them (from ContactPersonsChanged)")
    @APIResponse(responseCode = "200", description = "The persons emails about the state are copied to")
    @APIResponse(responseCode = "403", description = "Not the secretariat")
    @APIResponse(responseCode = "404", description = "No contact person known for the state: its emails list it as missing")
    public List<ContactsReplica.Person> read(@PathParam("memberState") String memberState) {
        String state = memberState.toUpperCase(Locale.ROOT);
        return contacts.findByIdOptional(state).map(c -> c.contactPersons)
                .orElseThrow(() -> new NotFound("Contact persons of", state));
    }
}

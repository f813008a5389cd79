package org.plenary.registration.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plenary.platform.security.Caller;
import org.plenary.platform.security.Roles;
import org.plenary.platform.text.SingleLine;

/** The secretariat's answer to a person who asks that their personal data be erased. */
@Path("/personal-data/erasures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Personal data", description = "Erasing a person's personal data on request")
@APIResponse(responseCode = "401", description = "No valid bearer token")
public class PersonalDataResource {

    private final ErasureService erasures;
    private final Caller caller;

    public PersonalDataResource(ErasureService erasures, Caller caller) {
        this.erasures = erasures;
        this.caller = caller;
    }

    @Schema(name = "ErasureRequest")
    public record ErasureRequest(@NotBlank @Email @Size(max = 254) @SingleLine
                                 @Schema(example = "amina.odhiambo@delegation.example.org") String email) {
    }

    @POST
    @RolesAllowed(Roles.SECRETARIAT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "erasePersonalData",
            summary = "Erase one person's personal data from every service (secretariat)",
            description = "Here: every participant registered with the address becomes '(erased)' (place, role and "
                    + "status kept, so the pools' counts do not move), the person leaves every contact list, and the "
                    + "published events naming them leave the outbox. Then PersonalDataErased tells the other "
                    + "services: contribution-service erases the contact of the contributions they answered for, "
                    + "notification-service the address and the content of the emails that named them. Safe to "
                    + "repeat.")
    @APIResponse(responseCode = "200", description = "What was erased in registration-service; the others follow")
    @APIResponse(responseCode = "400", description = "Not an email address")
    @APIResponse(responseCode = "403", description = "Not the secretariat")
    public ErasureService.Erased erase(@NotNull @Valid ErasureRequest request) {
        return erasures.erase(request.email(), caller.name());
    }
}

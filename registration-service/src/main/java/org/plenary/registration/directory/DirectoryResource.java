package org.plenary.registration.directory;

import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plenary.platform.i18n.Iso3166;
import org.plenary.platform.problem.NotFound;
import org.plenary.platform.security.Caller;
import org.plenary.platform.security.Roles;
import org.plenary.platform.text.SingleLine;

import java.util.List;
import java.util.Locale;

@Path("/member-states")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Member-state directory",
        description = "Member states and their contact persons, to whom the consultation's emails go")
@APIResponse(responseCode = "401", description = "No valid bearer token")
public class DirectoryResource {

    private final DirectoryService directory;
    private final Caller caller;

    public DirectoryResource(DirectoryService directory, Caller caller) {
        this.directory = directory;
        this.caller = caller;
    }

    @Schema(name = "MemberState")
    public record MemberStateView(String code, String name,
                                  @Schema(description = "ITU membership: a Member State of the ITU Council or not; "
                                          + "a meeting addressed to the Council's Member States is for the first")
                                  MemberState.Category category,
                                  List<ContactPersonView> contactPersons) {
    }

    @Schema(name = "ChangeMemberStateCategory")
    public record CategoryRequest(@NotNull @Schema(example = "MEMBER_STATE") MemberState.Category category) {
    }

    @Schema(name = "SaveMemberState")
    public record SaveRequest(@NotBlank @Size(max = 200) @Schema(example = "Kenya") @SingleLine String name) {
    }

    @GET
    @Authenticated
    @Operation(operationId = "listMemberStates", summary = "The directory: every member state by code and name",
            description = "Contact persons are listed only for the caller's own state (all of them for the "
                    + "secretariat).")
    @APIResponse(responseCode = "200", description = "By code")
    public List<MemberStateView> list() {
        return directory.list().stream().map(this::view).toList();
    }

    @GET
    @Path("/{code}")
    @Authenticated
    @Operation(operationId = "getMemberState",
            summary = "One member state, with its contact persons for itself and the secretariat")
    @APIResponse(responseCode = "200", description = "The state")
    @APIResponse(responseCode = "404", description = "Not in the directory")
    public MemberStateView read(@PathParam("code") String code) {
        String state = code.toUpperCase(Locale.ROOT);
        return directory.find(state).map(this::view).orElseThrow(() -> new NotFound("Member state", state));
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.SECRETARIAT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "saveMemberState",
            summary = "Add a member state to the directory, or rename it (secretariat)")
    @APIResponse(responseCode = "200", description = "Saved")
    @APIResponse(responseCode = "400", description = "Not an ISO 3166-1 alpha-3 code, or no name")
    @APIResponse(responseCode = "403", description = "Not the secretariat")
    public MemberStateView save(@PathParam("code") String code, @NotNull @Valid SaveRequest request) {
        return view(directory.save(Iso3166.require(code, "code"), request.name()));
    }

    @PUT
    @Path("/{code}/category")
    @RolesAllowed(Roles.SECRETARIAT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeMemberStateCategory",
            summary = "Set a member state's ITU membership category (secretariat)",
            description = "COUNCIL_MEMBER_STATE for a Member State of the ITU Council, MEMBER_STATE otherwise. A "
                    + "meeting addressed to the Council's Member States refuses the others' registrations and "
                    + "contributions unless it admits observers. A change publishes ContactPersonsChanged (the state's "
                    + "contact persons and its new category); the category the state already has changes nothing.")
    @APIResponse(responseCode = "200", description = "The state with its category")
    @APIResponse(responseCode = "400", description = "Not one of the categories: the field and its rule")
    @APIResponse(responseCode = "403", description = "Not the secretariat")
    @APIResponse(responseCode = "404", description = "Not in the directory")
    public MemberStateView changeCategory(@PathParam("code") String code, @NotNull @Valid CategoryRequest request) {
        return view(directory.changeCategory(Iso3166.require(code, "code"), request.category(), caller.name()));
    }

    @PUT
    @Path("/{code}/contact-persons")
    @RolesAllowed({Roles.MEMBER_STATE, Roles.SECRETARIAT})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceContactPersons", summary = "Replace a member state's contact persons",
            description = "A member state maintains its own, the secretariat any. The list replaces the previous one "
                    + "in its order. Publishes ContactPersonsChanged (the notification service copies them on "
                    + "emails about the state).")
    @APIResponse(responseCode = "200", description = "The state with its new contact persons")
    @APIResponse(responseCode = "400", description = "Invalid request: each failing field and its rule")
    @APIResponse(responseCode = "403", description = "Another state's contacts")
    @APIResponse(responseCode = "404", description = "Not in the directory")
    public MemberStateView replaceContacts(@PathParam("code") String code,
                                           @NotNull @Size(max = 20) List<@NotNull @Valid ContactPersonView> contacts) {
        String state = code.toUpperCase(Locale.ROOT);
        if (!caller.actsFor(state)) {
            throw new ForbiddenException("a member state maintains only its own contact persons");
        }
        return view(directory.replaceContacts(state, contacts.stream().map(ContactPersonView::toCommand).toList(),
                caller.name()));
    }

    private MemberStateView view(MemberState state) {
        List<ContactPersonView> contacts = caller.actsFor(state.code)
                ? state.contactPersons.stream().map(p -> new ContactPersonView(p.name, p.email, p.language)).toList()
                : null;
        return new MemberStateView(state.code, state.name, state.category, contacts);
    }
}

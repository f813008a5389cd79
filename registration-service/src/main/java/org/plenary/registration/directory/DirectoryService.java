package org.plenary.registration.directory;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.plenary.events.outbox.Outbox;
import org.plenary.events.registration.ContactPersonsChanged;
import org.plenary.platform.problem.NotFound;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The member-state directory; every change of a state's contact persons or of its category announces the state's full
 * current list and category (ContactPersonsChanged).
 */
@ApplicationScoped
public class DirectoryService {

    private final MemberStateRepository states;
    private final Outbox outbox;
    private final Clock clock;

    public DirectoryService(MemberStateRepository states, Outbox outbox, Clock clock) {
        this.states = states;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public List<MemberState> list() {
        return states.listAll(Sort.by("code"));
    }

    @Transactional
    public Optional<MemberState> find(String code) {
        return states.findByIdOptional(code);
    }

    /** Adds a state to the directory (not of the Council until the secretariat says so), or renames it. */
    @Transactional
    public MemberState save(String code, String name) {
        MemberState state = states.findByIdOptional(code).orElseGet(MemberState::new);
        state.code = code;
        state.name = name.strip();
        state.updatedAt = clock.instant();
        states.persist(state);
        return state;
    }

    /** Sets the state's membership category and announces it; the category it already has changes nothing. */
    @Transactional
    public MemberState changeCategory(String code, MemberState.Category category, String by) {
        MemberState state = states.findByIdOptional(code).orElseThrow(() -> new NotFound("Member state", code));
        if (state.category != category) {
            state.category = category;
            state.updatedAt = clock.instant();
            announce(state, by);
        }
        return state;
    }

    /** A state as the seed gives it (no category: a Member State), announced once with its contact persons. */
    @Transactional(Transactional.TxType.MANDATORY)
    MemberState load(String code, String name, MemberState.Category category, List<ContactDetails> contacts) {
        save(code, name).category = category == null ? MemberState.Category.MEMBER_STATE : category;
        return replaceContacts(code, contacts, "seed");
    }

    /** Replaces the state's contact persons with the list given, in its order, and announces them. */
    @Transactional
    public MemberState replaceContacts(String code, List<ContactDetails> contacts, String by) {
        MemberState state = states.findByIdOptional(code).orElseThrow(() -> new NotFound("Member state", code));
        if (!state.contactPersons.isEmpty()) {
            // The old rows go before the new ones come: flushed now, or the new could clash with them.
            state.contactPersons.clear();
            states.flush();
        }
        for (int i = 0; i < contacts.size(); i++) {
            ContactDetails contact = contacts.get(i);
            ContactPerson person = new ContactPerson();
            person.id = UUID.randomUUID();
            person.memberState = state;
            person.position = i;
            person.name = contact.name().strip();
            person.email = contact.email().strip();
            person.language = contact.language();
            state.contactPersons.add(person);
        }
        state.updatedAt = clock.instant();
        announce(state, by);
        return state;
    }

    /** The state as it now stands: its full list of contact persons and its category. */
    private void announce(MemberState state, String by) {
        outbox.append(state.code, new ContactPersonsChanged(state.code, state.name,
                state.contactPersons.stream().map(p -> new ContactPersonsChanged.ContactPerson(p.name, p.email,
                        p.language)).toList(), by, state.updatedAt, state.category.name()));
    }

    /**
     * Takes the person with this address (lower case) off every state's contact persons, announcing each state's new
     * list. @return how many entries were removed
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int eraseContact(String address, String by) {
        int removed = 0;
        for (MemberState state : states.list("select distinct s from MemberState s join s.contactPersons p "
                + "where lower(p.email) = ?1", address)) {
            List<ContactDetails> kept = state.contactPersons.stream()
                    .filter(p -> !p.email.equalsIgnoreCase(address))
                    .map(p -> new ContactDetails(p.name, p.email, p.language)).toList();
            removed += state.contactPersons.size() - kept.size();
            replaceContacts(state.code, kept, by);
        }
        return removed;
    }
}

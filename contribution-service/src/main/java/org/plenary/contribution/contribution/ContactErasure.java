package org.plenary.contribution.contribution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.plenary.events.registration.PersonalDataErased;

/**
 * A person's personal data erased in registration-service: the contact of every contribution and revision they
 * answered for becomes "(erased)"; the contributions stay. Told by registration/RegistrationEventsConsumer, in the
 * transaction that records the event as processed.
 */
@ApplicationScoped
public class ContactErasure {

    private static final Logger LOG = Logger.getLogger(ContactErasure.class);

    private final ContributionRepository contributions;

    public ContactErasure(ContributionRepository contributions) {
        this.contributions = contributions;
    }

    void erase(@Observes PersonalDataErased erased) {
        int rows = contributions.eraseContact(erased.emailSha256());
        LOG.infof("Erasure %s: the contact of %d contributions and revisions erased", erased.erasureId(), rows);
    }
}

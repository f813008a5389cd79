package org.plenary.notification.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;

/** A member state's contact persons, as the latest ContactPersonsChanged listed them. */
@Entity
@Table(name = "contacts_replica")
public class ContactsReplica {

    /** name, email, preferred UN language */
    public record Person(String name, String email, String language) {
    }

    @Id
    @Column(name = "member_state")
    public String memberState;

    @Column(nullable = false)
    public String name;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "contact_persons", nullable = false)
    public List<Person> contactPersons;

    /** COUNCIL_MEMBER_STATE or MEMBER_STATE; null while registration-service has not said. */
    public String category;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The aggregate version of the last event applied here; null before any versioned one. */
    @Column(name = "applied_version")
    public Long appliedVersion;
}

package org.plenary.registration.directory;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.BatchSize;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A member state of the directory, by ISO 3166-1 alpha-3 code, with its ITU membership category and its contact persons
 * in order.
 */
@Entity
@Table(name = "member_state")
public class MemberState {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    /** Whom a meeting is addressed to is said by category (events' MeetingScheduled.addressedTo). */
    @Schema(name = "MemberStateCategory")
    public enum Category {
        /** A Member State of the ITU Council (48 in 2020). */
        COUNCIL_MEMBER_STATE,
        /** A Member State of the ITU, not on its Council. */
        MEMBER_STATE
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Category category = Category.MEMBER_STATE;

    @OneToMany(mappedBy = "memberState", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    @BatchSize(size = 200)
    public List<ContactPerson> contactPersons = new ArrayList<>();

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}

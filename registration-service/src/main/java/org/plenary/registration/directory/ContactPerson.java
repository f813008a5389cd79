package org.plenary.registration.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.UUID;

/** A member state's contact person (focal point): copied on the emails about that state. */
@Entity
@Table(name = "contact_person")
public class ContactPerson {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "member_state")
    public MemberState memberState;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String email;

    /** Preferred UN language: ar, zh, en, fr, ru, es. */
    @Column(nullable = false)
    public String language;
}

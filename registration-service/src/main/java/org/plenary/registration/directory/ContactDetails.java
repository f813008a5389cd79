package org.plenary.registration.directory;

/** A member state's contact person as the state or the secretariat gives it: name, email and preferred UN language. */
public record ContactDetails(String name, String email, String language) {
}

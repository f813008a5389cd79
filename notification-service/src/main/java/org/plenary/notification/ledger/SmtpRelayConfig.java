package org.plenary.notification.ledger;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The SMTP relay, in quarkus-mailer's own keys ({@code quarkus.mailer.*}, {@code QUARKUS_MAILER_*}): deployments set
 * these, and the extension checks them at start. Only the keys {@link SmtpTransactions} uses; every one optional here,
 * with quarkus-mailer's defaults, so this mapping never disagrees with the extension's.
 */
@ConfigMapping(prefix = "quarkus.mailer")
public interface SmtpRelayConfig {

    /** quarkus-mailer's default relay. */
    String DEFAULT_HOST = "localhost";
    /** quarkus-mailer's default SMTP timeout. */
    Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    Optional<String> host();

    /** Default: 465 over TLS, 25 otherwise. */
    OptionalInt port();

    /** The sender, e.g. {@code Plenary <plenary@itu.example.org>}: the From header and the envelope's MAIL FROM. */
    Optional<String> from();

    Optional<String> username();

    Optional<String> password();

    /** TLS from the first byte (SMTPS). */
    Optional<Boolean> tls();

    /** {@code DISABLED}, {@code OPTIONAL} (the default: STARTTLS when offered) or {@code REQUIRED}. */
    Optional<String> startTls();

    /** Trust any certificate the relay shows (a test relay's self-signed one); never in production. */
    Optional<Boolean> trustAll();

    /** The name given in EHLO; the machine's name by default. */
    Optional<String> ownHostName();

    /** How long to wait for the relay to connect or to answer one command. */
    Optional<Duration> timeout();
}

package org.plenary.notification;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.plenary.infra.quarkus.EmbeddedEnginesResource;

/**
 * Every test of this module runs against the JVM's shared embedded engines, in database "notification", and sends its
 * emails to their SMTP server.
 */
@QuarkusTestResource(value = EmbeddedEnginesResource.class, restrictToAnnotatedClass = false,
        initArgs = {@ResourceArg(name = "database", value = "notification"),
                @ResourceArg(name = "smtp", value = "true")})
public class Engines {
}

package org.protocolplanner.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.protocolplanner.security.WebSliceSecurity;
import org.protocolplanner.shared.web.WebSliceJson;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

/**
 * A web slice test of one controller: its request mapping, validation, JSON and problem details, and the
 * application's own security (HTTP Basic as {@link WebSliceSecurity}'s accounts, 401 and 403 as the running
 * application answers them), with its services as Mockito doubles ({@code @MockitoBean}). No database and no
 * server: it runs with the unit tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest
@Import({WebSliceSecurity.class, WebSliceJson.class})
public @interface WebSlice {

    /** The controller under test. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value();
}

package org.protocolplanner.shared.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Test-only: an endpoint with a genuine server bug, to show how a real fault is answered. */
@RestController
class FaultyEndpoint {

    @GetMapping("/api/test-only/fault")
    String fault() {
        Object notAString = 42;
        return (String) notAString;
    }
}

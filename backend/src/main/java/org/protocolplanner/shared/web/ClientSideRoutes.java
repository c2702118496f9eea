package org.protocolplanner.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Deep links of the single-page UI (a bookmarked /plans/7, a reload of /sign-in) get the UI's index
 * page, whose router takes over. Paths with a dot are files and paths under the server's own
 * prefixes are not the UI's, so neither is matched here.
 */
@Controller
class ClientSideRoutes {

    private static final String SEGMENT = "[^.]*";
    private static final String FIRST =
            "(?!api$|assets$|actuator$|v3$|swagger-ui$|feeds$|login$|logout$|oauth2$|error$)[^.]*";

    @GetMapping({
        "/{a:" + FIRST + "}",
        "/{a:" + FIRST + "}/{b:" + SEGMENT + "}",
        "/{a:" + FIRST + "}/{b:" + SEGMENT + "}/{c:" + SEGMENT + "}",
        "/{a:" + FIRST + "}/{b:" + SEGMENT + "}/{c:" + SEGMENT + "}/{d:" + SEGMENT + "}"
    })
    String index() {
        return "forward:/index.html";
    }
}

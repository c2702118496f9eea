package org.protocolplanner.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.protocolplanner.security.SpaRoutes;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Deep links of the single-page UI (a bookmarked /plans/7) get the UI's index page, whose router takes over. */
@Controller
class ClientSideRoutes {

    @GetMapping({"/{first:[^.]*}", "/{first:[^.]*}/**"})
    String index(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!SpaRoutes.isClientSideRoute(path)) {
            throw new NotFoundException("page", path);
        }
        return "forward:/index.html";
    }
}

package org.protocolplanner.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** A successful form sign-in answers 200 with the same body as {@code GET /api/me}, not a redirect. */
@Component
class SignInResponses {

    private final MeService me;
    private final JsonMapper jsonMapper;

    SignInResponses(MeService me, JsonMapper jsonMapper) {
        this.me = me;
        this.jsonMapper = jsonMapper;
    }

    void succeeded(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        response.setStatus(200);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        jsonMapper.writeValue(response.getOutputStream(), me.me((PlannerUser) authentication.getPrincipal()));
    }
}

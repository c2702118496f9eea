package org.protocolplanner.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MeController {

    private final MeService me;

    MeController(MeService me) {
        this.me = me;
    }

    @GetMapping("/api/me")
    MeResponse me(@AuthenticationPrincipal PlannerUser user) {
        return me.me(user);
    }

    record Preferences(
            @NotNull @Pattern(regexp = "en|zh", message = "{planner.language}")
            String language) {}

    @PutMapping("/api/me/preferences")
    MeResponse setPreferences(@AuthenticationPrincipal PlannerUser user, @Valid @RequestBody Preferences preferences) {
        return me.setLanguage(user, preferences.language());
    }

    /** Touching the token makes Spring Security send the XSRF-TOKEN cookie the UI echoes back. */
    @GetMapping("/api/csrf")
    ResponseEntity<Void> csrf(CsrfToken token) {
        token.getToken();
        return ResponseEntity.noContent().build();
    }
}

package org.protocolplanner.plan;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.protocolplanner.security.WebSliceSecurity;
import org.protocolplanner.shared.web.NotFoundException;
import org.protocolplanner.support.WebSlice;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The plans' API as HTTP sees it: who may call it, what a bad body is told, and the answers' status. */
@WebSlice(PlanController.class)
class PlanControllerTest {

    private static final String NEW_PLAN = """
            {"name":"Autumn summit","horizonStart":"2026-09-01T08:00","horizonEnd":"2026-09-03T20:00"}""";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PlanService plans;

    @MockitoBean
    PlanImporter importer;

    @MockitoBean
    PlanExporter exporter;

    @MockitoBean
    PlanSolutionService solutions;

    @Test
    void refusesAnonymousCallersWithAProblemAndAsksNothingOfThePlans() throws Exception {
        mvc.perform(get("/api/plans/7"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Sign in first."));
        mvc.perform(get("/api/plans/7").with(httpBasic("officer", "wrong"))).andExpect(status().isUnauthorized());
        verifyNoInteractions(plans);
    }

    @Test
    void createsAPlanAndSaysWhereItIs() throws Exception {
        when(plans.create(any())).thenReturn(plan(12));

        mvc.perform(post("/api/plans")
                        .with(httpBasic("officer", WebSliceSecurity.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(NEW_PLAN))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/plans/12"))
                .andExpect(jsonPath("$.id").value(12))
                .andExpect(jsonPath("$.allowedActions[0]").value("edit"));
    }

    @Test
    void namesTheFieldOfABodyThatBreaksItsRules() throws Exception {
        mvc.perform(post("/api/plans")
                        .with(httpBasic("officer", WebSliceSecurity.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"horizonStart\":\"2026-09-01T08:00\",\"horizonEnd\":\"2026-09-03T20:00\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("name"));
        mvc.perform(post("/api/plans")
                        .with(httpBasic("officer", WebSliceSecurity.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(NEW_PLAN.replace("}", ",\"grainMinutes\":\"ten\"}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("grainMinutes"));
        verifyNoInteractions(plans);
    }

    @Test
    void answersWhatTheServiceRefusesWithItsStatus() throws Exception {
        when(plans.create(any())).thenThrow(new AccessDeniedException("only protocol officers make live plans"));
        when(plans.get(99)).thenThrow(new NotFoundException("plan", 99L));

        mvc.perform(post("/api/plans")
                        .with(httpBasic("planner", WebSliceSecurity.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(NEW_PLAN))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
        mvc.perform(get("/api/plans/99").with(httpBasic("planner", WebSliceSecurity.PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        verify(plans).get(99);
    }

    private static PlanResponse plan(long id) {
        return new PlanResponse(
                id,
                "Autumn summit",
                Plan.Kind.LIVE,
                null,
                1,
                null,
                null,
                "Asia/Shanghai",
                LocalDateTime.parse("2026-09-01T08:00"),
                LocalDateTime.parse("2026-09-03T20:00"),
                15,
                30,
                1.3,
                10,
                List.of(),
                false,
                false,
                PlanSetbacks.Setbacks.NONE,
                0,
                0,
                0,
                List.of(PlanPolicy.EDIT));
    }
}

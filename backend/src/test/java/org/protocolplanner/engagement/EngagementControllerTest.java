package org.protocolplanner.engagement;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.protocolplanner.security.WebSliceSecurity;
import org.protocolplanner.shared.web.StaleVersionException;
import org.protocolplanner.support.WebSlice;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The engagements' API as HTTP sees it: a body's limits, a stale version, a deletion's answer. */
@WebSlice(EngagementController.class)
class EngagementControllerTest {

    private static final String BANQUET = """
            {"id":"E1","title":"State banquet","type":"STATE_BANQUET","headcount":%d,"layout":"BANQUET",
             "durationMinutes":120,"version":3}""";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    EngagementService engagements;

    @Test
    void namesAHeadcountOutsideItsLimits() throws Exception {
        mvc.perform(put("/api/plans/1/engagements/E1")
                        .with(httpBasic("officer", WebSliceSecurity.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(BANQUET.formatted(0)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("headcount"));
        verifyNoInteractions(engagements);
    }

    @Test
    void answersAStaleVersionWithTheCurrentOne() throws Exception {
        when(engagements.assign(eq(1L), eq("E1"), any())).thenThrow(new StaleVersionException("engagement", "E1", 4));

        mvc.perform(patch("/api/plans/1/engagements/E1/assignment")
                        .with(httpBasic("officer", WebSliceSecurity.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"spaceId\":\"nccc-hall-a\",\"start\":\"2026-09-02T10:00\",\"version\":3}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(4));
        verify(engagements)
                .assign(
                        eq(1L),
                        eq("E1"),
                        eq(new AssignmentRequest("nccc-hall-a", LocalDateTime.parse("2026-09-02T10:00"), null, 3L)));
    }

    @Test
    void deletesWithNoContentAndOnlyForASignedInCaller() throws Exception {
        mvc.perform(delete("/api/plans/1/engagements/E1")).andExpect(status().isUnauthorized());
        mvc.perform(delete("/api/plans/1/engagements/E1").with(httpBasic("officer", WebSliceSecurity.PASSWORD)))
                .andExpect(status().isNoContent());
        verify(engagements).deleteEngagement(1L, "E1");
    }
}

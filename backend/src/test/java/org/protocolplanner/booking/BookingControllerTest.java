package org.protocolplanner.booking;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.protocolplanner.security.WebSliceSecurity;
import org.protocolplanner.shared.web.InvalidRequestException;
import org.protocolplanner.shared.web.NotFoundException;
import org.protocolplanner.support.WebSlice;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The bookings' API as HTTP sees it: answering a request, with or without a body, and what is refused. */
@WebSlice(BookingController.class)
class BookingControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    BookingService bookings;

    @MockitoBean
    Publishing publishing;

    @MockitoBean
    BookingUndo undo;

    @MockitoBean
    BatchAnswers batch;

    @Test
    void declinesWithTheReasonGivenOrNone() throws Exception {
        when(bookings.decline(eq(5L), any())).thenReturn(booking(5, BookingStatus.DECLINED));

        mvc.perform(post("/api/bookings/5/decline")
                        .with(httpBasic("manager", WebSliceSecurity.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Hall under repair\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DECLINED"));
        mvc.perform(post("/api/bookings/5/decline").with(httpBasic("manager", WebSliceSecurity.PASSWORD)))
                .andExpect(status().isOk());

        verify(bookings).decline(5L, "Hall under repair");
        verify(bookings).decline(eq(5L), isNull());
    }

    @Test
    void answersTheServicesRefusalsAsProblems() throws Exception {
        when(bookings.decline(eq(6L), isNull())).thenThrow(new InvalidRequestException("reason", "is required"));
        when(bookings.get(7L)).thenThrow(new NotFoundException("booking", 7L));

        mvc.perform(post("/api/bookings/6/decline").with(httpBasic("manager", WebSliceSecurity.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("reason"));
        mvc.perform(get("/api/bookings/7").with(httpBasic("manager", WebSliceSecurity.PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void refusesAnUnknownStatusFilterAndAnonymousAnswers() throws Exception {
        mvc.perform(get("/api/bookings?status=MAYBE").with(httpBasic("officer", WebSliceSecurity.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("status"));
        mvc.perform(post("/api/bookings/5/confirm")).andExpect(status().isUnauthorized());
        verifyNoInteractions(bookings);
    }

    @Test
    void answersManyWithTheBodyAsSentAndTellsEachOutcome() throws Exception {
        BatchAnswerRequest sent = new BatchAnswerRequest(
                "decline",
                "Closed for the summit",
                List.of(new BatchAnswerRequest.Item(5L, 2L), new BatchAnswerRequest.Item(6L, 3L)));
        when(batch.answer(sent))
                .thenReturn(new BatchAnswerResponse(
                        "decline",
                        1,
                        1,
                        List.of(
                                new BatchAnswerResponse.Outcome(
                                        5,
                                        BatchAnswerResponse.Result.ANSWERED,
                                        200,
                                        null,
                                        null,
                                        null,
                                        booking(5, BookingStatus.DECLINED)),
                                new BatchAnswerResponse.Outcome(
                                        6, BatchAnswerResponse.Result.STALE, 409, "changed", 4L, null, null))));

        mvc.perform(post("/api/bookings/answers")
                        .with(httpBasic("manager", WebSliceSecurity.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"answer": "decline", "reason": "Closed for the summit",
                                 "bookings": [{"id": 5, "version": 2}, {"id": 6, "version": 3}]}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcomes[0].result").value("ANSWERED"))
                .andExpect(jsonPath("$.outcomes[0].booking.status").value("DECLINED"))
                .andExpect(jsonPath("$.outcomes[1].result").value("STALE"))
                .andExpect(jsonPath("$.outcomes[1].currentVersion").value(4));
        mvc.perform(post("/api/bookings/answers")
                        .with(httpBasic("manager", WebSliceSecurity.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answer\": \"confirm\", \"bookings\": 5}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("bookings"));
        mvc.perform(post("/api/bookings/answers")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnauthorized());
        verify(batch).answer(sent);
    }

    private static BookingResponse booking(long id, BookingStatus status) {
        Instant start = Instant.parse("2026-09-02T02:00:00Z");
        return new BookingResponse(
                id,
                1,
                "Autumn summit",
                status,
                "nccc",
                "China National Convention Centre",
                true,
                "nccc-hall-a",
                "Hall A",
                start,
                start.plusSeconds(3600),
                start.plusSeconds(5400),
                "Asia/Shanghai",
                LocalDateTime.parse("2026-09-02T10:00"),
                LocalDateTime.parse("2026-09-02T11:00"),
                null,
                "Hall under repair",
                null,
                start.minusSeconds(86_400),
                start.minusSeconds(3600),
                "manager",
                null,
                2,
                List.of());
    }
}

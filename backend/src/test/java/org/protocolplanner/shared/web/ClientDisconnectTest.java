package org.protocolplanner.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.protocolplanner.shared.database.DatabaseFaults;
import org.protocolplanner.shared.database.EmbeddedDatabase;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

/**
 * A browser that cancels a query mid-answer is not a server fault: nothing is answered and no
 * error with a stack trace is logged. A write that fails for another reason still is one.
 */
class ClientDisconnectTest {

    private final ApiExceptionHandler handler = new ApiExceptionHandler(
            new DatabaseFaults(new StaticListableBeanFactory().getBeanProvider(EmbeddedDatabase.class)),
            new LocalizedProblems(Messages.BUNDLE));
    private final ServletWebRequest request = new ServletWebRequest(new MockHttpServletRequest());

    @Test
    void aWriteToAClosedConnectionIsAnsweredWithNothing() {
        var closed = new HttpMessageNotWritableException(
                "Could not write JSON",
                new AsyncRequestNotUsableException(
                        "ServletOutputStream failed to write: java.io.IOException: Broken pipe"));

        assertThat(handler.handleExceptionInternal(
                        closed, null, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request))
                .isNull();
        assertThat(handler.serverFault(closed)).isNull();
    }

    @Test
    void anotherFailedWriteStaysAServerFault() {
        var broken = new HttpMessageNotWritableException("Could not write JSON", new IOException("no serializer"));

        assertThat(handler.handleExceptionInternal(
                                broken, null, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request)
                        .getStatusCode()
                        .value())
                .isEqualTo(500);
        assertThat(handler.serverFault(broken).getStatusCode().value()).isEqualTo(500);
    }
}

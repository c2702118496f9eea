package org.protocolplanner.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.protocolplanner.shared.database.DatabaseFault;
import org.protocolplanner.shared.database.DatabaseFaults;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 7807 problem details from places outside Spring MVC (the security filters), so that
 * a 401 or 403 looks like every other error of the API.
 */
@Component
public class ProblemWriter {

    private final JsonMapper jsonMapper;
    private final DatabaseFaults databaseFaults;
    private final LocalizedProblems problems;
    private final LocaleResolver locales;

    public ProblemWriter(
            JsonMapper jsonMapper, DatabaseFaults databaseFaults, LocalizedProblems problems, LocaleResolver locales) {
        this.jsonMapper = jsonMapper;
        this.databaseFaults = databaseFaults;
        this.problems = problems;
        this.locales = locales;
    }

    /** Worded in the language of the request's {@code Accept-Language}, as Spring MVC's answers are. */
    public void write(
            HttpServletRequest request, HttpServletResponse response, HttpStatus status, MessageSourceResolvable detail)
            throws IOException {
        write(request, response, status, detail, Map.of());
    }

    /** With further members of the problem, such as {@code retryAfterSeconds}. */
    public void write(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            MessageSourceResolvable detail,
            Map<String, Object> properties)
            throws IOException {
        ProblemDetail problem = problems.problem(status, detail, locales.resolveLocale(request));
        properties.forEach(problem::setProperty);
        write(request, response, problem);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        jsonMapper.writeValue(response.getOutputStream(), problem);
    }

    /**
     * Answers 503 with {@code Retry-After} when the failure is the database's own (gone, restarting, out of
     * disk), and tells whether it did: a sign-in that could not be checked is no wrong password.
     */
    public boolean writeDatabaseFault(HttpServletRequest request, HttpServletResponse response, Throwable failure)
            throws IOException {
        Optional<DatabaseFault> fault = databaseFaults.classify(failure);
        if (fault.isEmpty() || response.isCommitted()) {
            return false;
        }
        response.resetBuffer();
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(fault.get().retryAfterSeconds()));
        write(request, response, problems.databaseProblem(fault.get(), locales.resolveLocale(request)));
        return true;
    }
}

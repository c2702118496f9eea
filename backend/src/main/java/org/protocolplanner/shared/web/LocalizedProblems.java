package org.protocolplanner.shared.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.protocolplanner.shared.database.DatabaseFault;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Words problem details in the caller's language: the title by status ({@code problem.title.409}), the
 * detail, and each input error's message with its {@code label}, the path as a person reads it. The
 * {@code path} itself stays as the exchange format writes it, for programs.
 */
@Component
public class LocalizedProblems {

    private final MessageSource messages;

    LocalizedProblems(MessageSource messages) {
        this.messages = messages;
    }

    ProblemDetail problem(HttpStatusCode status, MessageSourceResolvable detail, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(detail, locale));
        title(problem, locale);
        return problem;
    }

    /** Bad input: the detail repeats the first error, {@code label: message}. */
    ProblemDetail badInput(HttpStatusCode status, List<InputError> errors, Locale locale) {
        List<Map<String, String>> worded = errors.stream()
                .map(error -> {
                    Map<String, String> entry = new LinkedHashMap<>();
                    entry.put("path", error.path());
                    entry.put("label", FieldLabels.label(error.path(), messages, locale));
                    entry.put("message", messages.getMessage(error.text(), locale));
                    return entry;
                })
                .toList();
        Map<String, String> first = worded.get(0);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                status,
                messages.getMessage(
                        "problem.bad-input", new Object[] {first.get("label"), first.get("message")}, locale));
        title(problem, locale);
        problem.setProperty("errors", worded);
        return problem;
    }

    /** A fault of the database itself ({@code problem.database.UNAVAILABLE}), with when to try again. */
    ProblemDetail databaseProblem(DatabaseFault fault, Locale locale) {
        ProblemDetail problem =
                problem(HttpStatus.SERVICE_UNAVAILABLE, Message.of("problem.database." + fault.name()), locale);
        problem.setProperty("retryAfterSeconds", fault.retryAfterSeconds());
        return problem;
    }

    /** Titles even the problems Spring MVC words itself; a status without a title of its own keeps Spring's. */
    void title(ProblemDetail problem, Locale locale) {
        String title = messages.getMessage("problem.title." + problem.getStatus(), null, null, locale);
        if (title != null) {
            problem.setTitle(title);
        }
    }
}

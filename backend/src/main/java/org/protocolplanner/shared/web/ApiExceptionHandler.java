package org.protocolplanner.shared.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.protocolplanner.shared.database.DatabaseFault;
import org.protocolplanner.shared.database.DatabaseFaults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.core.PropertyReferenceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.JsonNodeException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every error of the API is an RFC 7807 problem. Client mistakes are 4xx and name what is wrong
 * (an {@code errors} list of {@code {path, label, message}}); a real fault is a 500 that is logged with
 * its trace on the server and shows none to the caller. Titles, details and messages are worded in the
 * language of the request's {@code Accept-Language} ({@link LocalizedProblems}).
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final Set<Class<?>> WHOLE_NUMBERS =
            Set.of(Integer.class, int.class, Long.class, long.class, Short.class, short.class);
    private static final Pattern MAP_KEY = Pattern.compile("\\[([^\\]0-9][^\\]]*)]");

    private final DatabaseFaults databaseFaults;
    private final LocalizedProblems problems;

    ApiExceptionHandler(DatabaseFaults databaseFaults, LocalizedProblems problems) {
        this.databaseFaults = databaseFaults;
        this.problems = problems;
    }

    /** Also a malformed exchange document, which is bad input of its own kind. */
    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalidRequest(InvalidRequestException e) {
        HttpStatus status = e.tooLarge() ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
        return problems.badInput(status, e.errors(), locale());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problems.problem(HttpStatus.NOT_FOUND, e.detail(), locale());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail problem = problems.problem(HttpStatus.CONFLICT, e.detail(), locale());
        e.properties().forEach(problem::setProperty);
        return problem;
    }

    @ExceptionHandler(StaleVersionException.class)
    ProblemDetail staleVersion(StaleVersionException e) {
        ProblemDetail problem = problems.problem(HttpStatus.CONFLICT, e.detail(), locale());
        problem.setProperty("currentVersion", e.currentVersion());
        return problem;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail concurrentWrite(OptimisticLockingFailureException e) {
        return problems.problem(HttpStatus.CONFLICT, Message.of("problem.concurrent-write"), locale());
    }

    /** A database constraint refused the write: the request conflicts with data that exists. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrityViolation(DataIntegrityViolationException e) {
        log.info(
                "Write refused by a database constraint: {}",
                e.getMostSpecificCause().getMessage());
        return problems.problem(HttpStatus.CONFLICT, Message.of("problem.integrity-violation"), locale());
    }

    /** {@code sort} names no property of what is listed. */
    @ExceptionHandler(PropertyReferenceException.class)
    ProblemDetail unknownSortProperty(PropertyReferenceException e) {
        return badInput(new InputError("sort", Message.of("input.sort.unknown", e.getPropertyName())));
    }

    /** Repositories hand an unknown sort property on wrapped; anything else so wrapped is a fault. */
    @ExceptionHandler(InvalidDataAccessApiUsageException.class)
    ResponseEntity<ProblemDetail> invalidDataAccess(InvalidDataAccessApiUsageException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof PropertyReferenceException reference) {
                return ResponseEntity.badRequest().body(unknownSortProperty(reference));
            }
        }
        return serverFault(e);
    }

    /**
     * A JSON body read as a tree was asked for a value of the wrong kind (a number where it holds a list,
     * a number beyond 64 bits): the client's mistake, though no code path should still lead here.
     */
    @ExceptionHandler(JsonNodeException.class)
    ProblemDetail wrongJsonValue(JsonNodeException e) {
        return badInput(new InputError("$", Message.of("input.wrong-type-or-range")));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException e) {
        return problems.problem(HttpStatus.FORBIDDEN, Message.of("problem.forbidden"), locale());
    }

    /**
     * A fault of the database itself (gone, restarting, out of disk) is 503 with {@code Retry-After}:
     * the request may well succeed later. Anything else is 500.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> serverFault(Exception e) {
        if (readerWentAway(e)) {
            log.debug("The client closed the connection before the answer was written: {}", e.getMessage());
            return null;
        }
        Optional<DatabaseFault> databaseFault = databaseFaults.classify(e);
        if (databaseFault.isPresent()) {
            log.warn("Answered 503, the database is at fault ({}): {}", databaseFault.get(), e.getMessage());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(
                            HttpHeaders.RETRY_AFTER,
                            Long.toString(databaseFault.get().retryAfterSeconds()))
                    .body(problems.databaseProblem(databaseFault.get(), locale()));
        }
        log.error("Unexpected server fault", e);
        return ResponseEntity.internalServerError()
                .body(problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, Message.of("problem.server-fault"), locale()));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InputError> errors = new ArrayList<>();
        for (FieldError field : e.getBindingResult().getFieldErrors()) {
            errors.add(new InputError(jsonPath(field.getField()), Message.worded(field.getDefaultMessage())));
        }
        e.getBindingResult()
                .getGlobalErrors()
                .forEach(global -> errors.add(new InputError("$", Message.worded(global.getDefaultMessage()))));
        if (errors.isEmpty()) {
            errors.add(new InputError("$", Message.of("input.invalid")));
        }
        return ResponseEntity.badRequest().body(problems.badInput(HttpStatus.BAD_REQUEST, errors, locale()));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InputError> errors = new ArrayList<>();
        e.getParameterValidationResults()
                .forEach(result -> result.getResolvableErrors()
                        .forEach(error -> errors.add(new InputError(
                                result.getMethodParameter().getParameterName(),
                                Message.worded(error.getDefaultMessage())))));
        if (errors.isEmpty()) {
            errors.add(new InputError("$", Message.of("input.invalid")));
        }
        return ResponseEntity.badRequest().body(problems.badInput(HttpStatus.BAD_REQUEST, errors, locale()));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        InputError error = new InputError("$", Message.of("input.not-json"));
        if (e.getCause() instanceof JacksonException jackson
                && !jackson.getPath().isEmpty()) {
            error = new InputError(path(jackson.getPath()), wrongValue(jackson));
        }
        return ResponseEntity.badRequest().body(badInput(error));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            org.springframework.beans.TypeMismatchException e,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException mismatch
                ? mismatch.getName()
                : String.valueOf(e.getPropertyName());
        return ResponseEntity.badRequest()
                .body(badInput(new InputError(name, Message.of("input.wrong-type", String.valueOf(e.getValue())))));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (readerWentAway(e)) {
            log.debug("The client closed the connection before the answer was written: {}", e.getMessage());
            return null;
        }
        if (status.is5xxServerError()) {
            log.error("Server fault while handling a request", e);
        }
        if (body instanceof ProblemDetail problem) {
            problems.title(problem, locale());
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }

    /**
     * The browser cancels a query it no longer needs (the board reloads while an older load is
     * still being written); the write then fails on a closed connection. That is no server fault,
     * and there is nobody left to answer.
     */
    static boolean readerWentAway(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof AsyncRequestNotUsableException) {
                return true;
            }
        }
        return false;
    }

    /**
     * A bound field's path as the exchange format writes JSON paths: Spring names a map's entry
     * {@code capacity[THEATRE]}, the document {@code capacity.THEATRE}; list indexes stay {@code open[0]}.
     */
    static String jsonPath(String field) {
        return MAP_KEY.matcher(field).replaceAll(".$1");
    }

    private static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "$" : path.toString();
    }

    /**
     * What the value should have been, as the exchange reader words it: an unknown enum value names the
     * known ones, and a fraction, a text or a list where a whole number belongs says so (nothing is rounded).
     */
    private static Message wrongValue(JacksonException e) {
        if (e instanceof InputCoercionException) {
            return Message.of("input.out-of-range");
        }
        if (!(e instanceof MismatchedInputException mismatch) || mismatch.getTargetType() == null) {
            return Message.of("input.wrong-type-or-value");
        }
        Class<?> type = mismatch.getTargetType();
        Object value = e instanceof InvalidFormatException format ? format.getValue() : null;
        if (type.isEnum() && value != null) {
            return Message.of(
                    "input.unknown-value",
                    String.valueOf(value),
                    Arrays.stream(type.getEnumConstants())
                            .map(c -> ((Enum<?>) c).name())
                            .collect(Collectors.joining(", ")));
        }
        String expected = WHOLE_NUMBERS.contains(type)
                ? "whole-number"
                : Number.class.isAssignableFrom(type) || type == double.class
                        ? "number"
                        : type == Boolean.class || type == boolean.class ? "boolean" : null;
        if (expected == null) {
            return Message.of("input.wrong-type-or-value");
        }
        return value instanceof Number number
                ? Message.of("input.must-be-not", Message.of("value." + expected), number.toString())
                : Message.of("input.must-be", Message.of("value." + expected));
    }

    private ProblemDetail badInput(InputError error) {
        return problems.badInput(HttpStatus.BAD_REQUEST, List.of(error), locale());
    }

    /** The language of the request being answered, as the locale resolver chose it from {@code Accept-Language}. */
    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}

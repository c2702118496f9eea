package org.protocolplanner.shared.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.protocolplanner.shared.database.DatabaseFault;
import org.protocolplanner.shared.database.DatabaseFaults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * (an {@code errors} list of {@code {path, message}}); a real fault is a 500 that is logged with
 * its trace on the server and shows none to the caller.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final Set<Class<?>> WHOLE_NUMBERS =
            Set.of(Integer.class, int.class, Long.class, long.class, Short.class, short.class);
    private static final Pattern MAP_KEY = Pattern.compile("\\[([^\\]0-9][^\\]]*)]");

    private final DatabaseFaults databaseFaults;

    ApiExceptionHandler(DatabaseFaults databaseFaults) {
        this.databaseFaults = databaseFaults;
    }

    /** Also a malformed exchange document, which is bad input of its own kind. */
    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalidRequest(InvalidRequestException e) {
        HttpStatus status = e.tooLarge() ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
        return withErrors(
                ProblemDetail.forStatusAndDetail(status, describe(e.errors().get(0))), e.errors());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        e.properties().forEach(problem::setProperty);
        return problem;
    }

    @ExceptionHandler(StaleVersionException.class)
    ProblemDetail staleVersion(StaleVersionException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("currentVersion", e.currentVersion());
        return problem;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail concurrentWrite(OptimisticLockingFailureException e) {
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT, "Someone else changed this record at the same moment. Reload and try again.");
    }

    /** A database constraint refused the write: the request conflicts with data that exists. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrityViolation(DataIntegrityViolationException e) {
        log.info(
                "Write refused by a database constraint: {}",
                e.getMostSpecificCause().getMessage());
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT,
                "The change conflicts with existing data (for example a record that still refers to it).");
    }

    /** {@code sort} names no property of what is listed. */
    @ExceptionHandler(PropertyReferenceException.class)
    ProblemDetail unknownSortProperty(PropertyReferenceException e) {
        InputError error = new InputError("sort", "cannot sort by '" + e.getPropertyName() + "'");
        return withErrors(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, describe(error)), List.of(error));
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
        InputError error = new InputError("$", "a value has the wrong type or is out of range");
        return withErrors(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, describe(error)), List.of(error));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Your role may not do this.");
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
                    .body(ProblemWriter.databaseProblem(databaseFault.get()));
        }
        log.error("Unexpected server fault", e);
        return ResponseEntity.internalServerError()
                .body(ProblemDetail.forStatusAndDetail(
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        "An unexpected error occurred on the server; it has been logged."));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InputError> errors = new ArrayList<>();
        for (FieldError field : e.getBindingResult().getFieldErrors()) {
            errors.add(new InputError(jsonPath(field.getField()), field.getDefaultMessage()));
        }
        e.getBindingResult()
                .getGlobalErrors()
                .forEach(global -> errors.add(new InputError("$", global.getDefaultMessage())));
        if (errors.isEmpty()) {
            errors.add(new InputError("$", "invalid request"));
        }
        ProblemDetail problem =
                withErrors(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, describe(errors.get(0))), errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InputError> errors = new ArrayList<>();
        e.getParameterValidationResults()
                .forEach(result -> result.getResolvableErrors()
                        .forEach(error -> errors.add(new InputError(
                                result.getMethodParameter().getParameterName(), error.getDefaultMessage()))));
        if (errors.isEmpty()) {
            errors.add(new InputError("$", "invalid request"));
        }
        return ResponseEntity.badRequest()
                .body(withErrors(
                        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, describe(errors.get(0))), errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        InputError error = new InputError("$", "the request body is not valid JSON of the expected shape");
        if (e.getCause() instanceof JacksonException jackson
                && !jackson.getPath().isEmpty()) {
            error = new InputError(path(jackson.getPath()), wrongValue(jackson));
        }
        return ResponseEntity.badRequest()
                .body(withErrors(
                        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, describe(error)), List.of(error)));
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
        InputError error = new InputError(name, "has the wrong type: '" + e.getValue() + "'");
        return ResponseEntity.badRequest()
                .body(withErrors(
                        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, describe(error)), List.of(error)));
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
    private static String wrongValue(JacksonException e) {
        if (e instanceof InputCoercionException) {
            return "is out of range";
        }
        if (!(e instanceof MismatchedInputException mismatch) || mismatch.getTargetType() == null) {
            return "has the wrong type or an unknown value";
        }
        Class<?> type = mismatch.getTargetType();
        Object value = e instanceof InvalidFormatException format ? format.getValue() : null;
        if (type.isEnum() && value != null) {
            return "unknown value '" + value + "'; expected one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(c -> ((Enum<?>) c).name())
                            .collect(Collectors.joining(", "));
        }
        String expected = WHOLE_NUMBERS.contains(type)
                ? "a whole number"
                : Number.class.isAssignableFrom(type) || type == double.class
                        ? "a number"
                        : type == Boolean.class || type == boolean.class ? "true or false" : null;
        if (expected == null) {
            return "has the wrong type or an unknown value";
        }
        return "must be " + expected + (value instanceof Number number ? ", not " + number : "");
    }

    private static String describe(InputError error) {
        return error.path() + ": " + error.message();
    }

    private static ProblemDetail withErrors(ProblemDetail problem, List<InputError> errors) {
        problem.setProperty(
                "errors",
                errors.stream()
                        .map(error -> Map.of("path", error.path(), "message", error.message()))
                        .toList());
        return problem;
    }
}

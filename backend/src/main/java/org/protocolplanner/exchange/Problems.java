package org.protocolplanner.exchange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.protocolplanner.shared.web.InputError;
import org.protocolplanner.shared.web.Message;

/**
 * The errors found in one document. Validation visits values in whatever order is convenient
 * (structure first, references and cycles at the end), so each error keeps the place of its value
 * in the document and {@link #inDocumentOrder()} sorts by it: the first error is the one a reader
 * of the document meets first.
 */
final class Problems {

    /** Sorts after every value of the document: for what is only known once everything was read. */
    static final int[] END_OF_DOCUMENT = {Integer.MAX_VALUE};

    private record Problem(int[] position, InputError error) {}

    private final List<Problem> problems = new ArrayList<>();

    void add(int[] position, String path, Message message) {
        problems.add(new Problem(position, new InputError(path, message)));
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new MalformedDocumentException(inDocumentOrder());
        }
    }

    /** Stable: errors at the same place keep the order in which they were found. */
    private List<InputError> inDocumentOrder() {
        return problems.stream()
                .sorted(Comparator.comparing(Problem::position, Arrays::compare))
                .map(Problem::error)
                .toList();
    }
}

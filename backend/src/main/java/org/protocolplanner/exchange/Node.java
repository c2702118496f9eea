package org.protocolplanner.exchange;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoublePredicate;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * A value of a JSON document with its path ({@code events[3].layout}) and its place in document
 * order. The reading methods check presence and JSON type, record a problem at this path when the
 * value is wrong, and then return a neutral value (null, 0, an empty list): one broken value must not
 * hide the others, and a document with any problem is refused anyway.
 *
 * <p>Required values are reported missing only when the field is absent; a JSON {@code null} in a
 * required field is a wrong type. Optional values treat {@code null} like an absent field.
 */
final class Node {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final int SHOWN_CHARACTERS = 80;

    private final JsonNode value;
    private final String path;
    private final String name;
    private final int[] position;
    private final Problems problems;

    private Node(JsonNode value, String path, String name, int[] position, Problems problems) {
        this.value = value;
        this.path = path;
        this.name = name;
        this.position = position;
        this.problems = problems;
    }

    static Node root(JsonNode tree, Problems problems) {
        return new Node(tree, "$", "document", new int[0], problems);
    }

    String path() {
        return path;
    }

    /** The field name, the property key ({@code THEATRE}) or {@code list[i]}, as messages name the value. */
    String name() {
        return name;
    }

    boolean isAbsent() {
        return value.isMissingNode() || value.isNull();
    }

    boolean isArray() {
        return value.isArray();
    }

    /**
     * A field of this object. An absent field gets the place just before the object's end: a reader
     * notices that something is missing only when the object closes.
     */
    Node field(String fieldName) {
        int index = 0;
        for (String property : value.propertyNames()) {
            if (property.equals(fieldName)) {
                break;
            }
            index++;
        }
        return child(value.path(fieldName), fieldName, fieldName, index);
    }

    /** The properties of this object in document order, each named by its key. */
    List<Node> properties() {
        List<Node> nodes = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : value.properties()) {
            nodes.add(child(property.getValue(), property.getKey(), property.getKey(), nodes.size()));
        }
        return nodes;
    }

    private Node child(JsonNode childValue, String segment, String childName, int index) {
        String childPath = position.length == 0 ? segment : path + "." + segment;
        return new Node(childValue, childPath, childName, append(index), problems);
    }

    private List<Node> elements() {
        List<Node> nodes = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            String suffix = "[" + i + "]";
            nodes.add(new Node(value.get(i), path + suffix, name + suffix, append(i), problems));
        }
        return nodes;
    }

    private int[] append(int index) {
        int[] childPosition = Arrays.copyOf(position, position.length + 1);
        childPosition[position.length] = index;
        return childPosition;
    }

    void error(String message) {
        problems.add(position, path, message);
    }

    boolean object() {
        return required() && is(value.isObject(), "an object");
    }

    boolean optionalObject() {
        return !isAbsent() && is(value.isObject(), "an object");
    }

    List<Node> array() {
        return required() && is(value.isArray(), "a list") ? elements() : List.of();
    }

    List<Node> optionalArray() {
        return !isAbsent() && is(value.isArray(), "a list") ? elements() : List.of();
    }

    /**
     * The values of an optional list, each read by {@code read}, mapped to the node of its first
     * occurrence, in list order. A value listed twice is reported at its second occurrence; elements
     * {@code read} cannot read (null) are left out.
     */
    <T> Map<T, Node> distinctElements(Function<Node, T> read) {
        Map<T, Node> firstOccurrences = new LinkedHashMap<>();
        for (Node element : optionalArray()) {
            T elementValue = read.apply(element);
            if (elementValue == null) {
                continue;
            }
            Node first = firstOccurrences.putIfAbsent(elementValue, element);
            if (first != null) {
                element.error(quote(elementValue) + " is listed twice (first at " + first.path() + ")");
            }
        }
        return firstOccurrences;
    }

    /** Reports this later bound of a period when it is not after the earlier one; nulls were reported already. */
    void mustBeAfter(LocalDateTime later, LocalDateTime earlier, String earlierName) {
        if (later != null && earlier != null && !later.isAfter(earlier)) {
            error(name + " " + ExchangeTime.format(later) + " is not after " + earlierName + " "
                    + ExchangeTime.format(earlier));
        }
    }

    String string() {
        return required() ? text() : null;
    }

    String optionalString() {
        return isAbsent() ? null : text();
    }

    private String text() {
        return is(value.isString(), "a string") ? value.stringValue() : null;
    }

    /** An id as the format defines it; one that breaks the rule is still returned, so that references to it resolve. */
    String id() {
        String id = string();
        if (id != null && !ID.matcher(id).matches()) {
            error("id " + quote(id) + " breaks the id rule: 1 to 64 characters from A-Z, a-z, 0-9, '.', '_' and '-'");
        }
        return id;
    }

    int integer(int min, int max) {
        return required() ? wholeNumber(min, max) : 0;
    }

    int optionalInteger(int defaultValue, int min, int max) {
        return isAbsent() ? defaultValue : wholeNumber(min, max);
    }

    private int wholeNumber(int min, int max) {
        if (!is(value.isNumber(), "a whole number")) {
            return 0;
        }
        if (!value.isIntegralNumber()) {
            error(name + " must be a whole number, not " + abbreviate(json()));
            return 0;
        }
        if (!value.canConvertToInt() || value.intValue() < min || value.intValue() > max) {
            String range = max == Integer.MAX_VALUE ? "at least " + min : "from " + min + " to " + max;
            error(name + " must be " + range + ", not " + abbreviate(json()));
            return 0;
        }
        return value.intValue();
    }

    /** A number (whole or not) for which {@code valid} holds; {@code expected} says which, for the message. */
    double number(DoublePredicate valid, String expected) {
        return required() ? decimal(valid, expected) : 0;
    }

    double optionalNumber(double defaultValue, DoublePredicate valid, String expected) {
        return isAbsent() ? defaultValue : decimal(valid, expected);
    }

    private double decimal(DoublePredicate valid, String expected) {
        if (!is(value.isNumber(), "a number")) {
            return 0;
        }
        if (!valid.test(value.doubleValue())) {
            error(name + " must be " + expected + ", not " + abbreviate(json()));
            return 0;
        }
        return value.doubleValue();
    }

    boolean optionalBoolean(boolean defaultValue) {
        if (isAbsent()) {
            return defaultValue;
        }
        return is(value.isBoolean(), "true or false") && value.booleanValue();
    }

    /** An enum constant by its exact name; {@code kind} names the enum in messages ("layout"). */
    <E extends Enum<E>> E constant(Class<E> type, String kind) {
        return required() ? lookUp(type, kind, text()) : null;
    }

    <E extends Enum<E>> E optionalConstant(Class<E> type, String kind, E defaultValue) {
        return isAbsent() ? defaultValue : lookUp(type, kind, text());
    }

    /** This property's key as an enum constant, such as the layout keys of a capacity. */
    <E extends Enum<E>> E keyAs(Class<E> type, String kind) {
        return lookUp(type, kind, name);
    }

    private <E extends Enum<E>> E lookUp(Class<E> type, String kind, String text) {
        if (text == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        String expected = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        error("unknown " + kind + " " + quote(text) + "; expected one of " + expected);
        return null;
    }

    LocalDateTime dateTime() {
        return required() ? parseDateTime() : null;
    }

    LocalDateTime optionalDateTime() {
        return isAbsent() ? null : parseDateTime();
    }

    private LocalDateTime parseDateTime() {
        String text = text();
        if (text == null) {
            return null;
        }
        LocalDateTime time = ExchangeTime.parseDateTime(text);
        if (time == null) {
            error(name + " " + quote(text) + " is not a local date-time like 2026-09-01T09:30");
        }
        return time;
    }

    /** A daily time {@code HH:mm} as minutes since midnight; {@code 24:00} only where it may end a day. */
    Integer minuteOfDay(boolean mayBeEndOfDay) {
        String text = string();
        if (text == null) {
            return null;
        }
        Integer minute = ExchangeTime.parseMinuteOfDay(text, mayBeEndOfDay);
        if (minute == null) {
            error(name + " " + quote(text) + " is not a time of day like 09:30" + (mayBeEndOfDay ? " or 24:00" : ""));
        }
        return minute;
    }

    /** Whether the field is there (null counts as there), reporting it missing otherwise. */
    boolean required() {
        if (value.isMissingNode()) {
            error("missing required field " + quote(name));
            return false;
        }
        return true;
    }

    private boolean is(boolean rightType, String expected) {
        if (!rightType) {
            error(name + " must be " + expected + ", not " + describe(value));
        }
        return rightType;
    }

    private static String describe(JsonNode value) {
        return switch (value.getNodeType()) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            case OBJECT -> "an object";
            case ARRAY -> "a list";
            case NULL -> "null";
            default -> "something else";
        };
    }

    /**
     * Whether this required value is exactly this JSON text, reporting it otherwise: for {@code format}
     * and {@code version}, which say what a document is ({@code 1.0} and {@code "1"} are no version 1).
     */
    boolean holdsExactly(String json) {
        if (!required()) {
            return false;
        }
        boolean holds = json().equals(json);
        if (!holds) {
            error(name + " must be " + json + ", not " + abbreviate(json()));
        }
        return holds;
    }

    private String json() {
        return value.toString();
    }

    /** A value of the document in a message: quoted, and cut short when long. */
    static String quote(Object value) {
        return "'" + abbreviate(String.valueOf(value)) + "'";
    }

    /** A message must not carry megabytes of a document back to its sender. */
    private static String abbreviate(String text) {
        if (text.length() <= SHOWN_CHARACTERS) {
            return text;
        }
        return text.substring(0, SHOWN_CHARACTERS) + "... (" + text.length() + " characters)";
    }
}

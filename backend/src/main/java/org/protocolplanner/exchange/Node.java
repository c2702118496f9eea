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
import org.protocolplanner.shared.web.Message;
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

    /** A problem at this value: the key of its message in the API's bundles and the message's arguments. */
    void error(String code, Object... arguments) {
        problems.add(position, path, Message.of(code, arguments));
    }

    boolean object() {
        return required() && is(value.isObject(), "object");
    }

    boolean optionalObject() {
        return !isAbsent() && is(value.isObject(), "object");
    }

    List<Node> array() {
        return required() && is(value.isArray(), "list") ? elements() : List.of();
    }

    List<Node> optionalArray() {
        return !isAbsent() && is(value.isArray(), "list") ? elements() : List.of();
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
                element.error("exchange.listed-twice", quote(elementValue), first.path());
            }
        }
        return firstOccurrences;
    }

    /** Reports this later bound of a period when it is not after the earlier one; nulls were reported already. */
    void mustBeAfter(LocalDateTime later, LocalDateTime earlier, String earlierName) {
        if (later != null && earlier != null && !later.isAfter(earlier)) {
            error(
                    "exchange.not-after",
                    name,
                    ExchangeTime.format(later),
                    earlierName,
                    ExchangeTime.format(earlier),
                    Message.field(earlierName));
        }
    }

    String string() {
        return required() ? text() : null;
    }

    String optionalString() {
        return isAbsent() ? null : text();
    }

    private String text() {
        return is(value.isString(), "string") ? value.stringValue() : null;
    }

    /** An id as the format defines it; one that breaks the rule is still returned, so that references to it resolve. */
    String id() {
        String id = string();
        if (id != null && !ID.matcher(id).matches()) {
            error("exchange.id-rule", quote(id));
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
        if (!is(value.isNumber(), "whole-number")) {
            return 0;
        }
        if (!value.isIntegralNumber()) {
            error("exchange.must-be-not", name, Message.of("value.whole-number"), abbreviate(json()));
            return 0;
        }
        if (!value.canConvertToInt() || value.intValue() < min || value.intValue() > max) {
            Message range =
                    max == Integer.MAX_VALUE ? Message.of("value.at-least", min) : Message.of("value.range", min, max);
            error("exchange.must-be-not", name, range, abbreviate(json()));
            return 0;
        }
        return value.intValue();
    }

    /** A number (whole or not) for which {@code valid} holds; {@code expected} says which, for the message. */
    double number(DoublePredicate valid, Message expected) {
        return required() ? decimal(valid, expected) : 0;
    }

    double optionalNumber(double defaultValue, DoublePredicate valid, Message expected) {
        return isAbsent() ? defaultValue : decimal(valid, expected);
    }

    private double decimal(DoublePredicate valid, Message expected) {
        if (!is(value.isNumber(), "number")) {
            return 0;
        }
        if (!valid.test(value.doubleValue())) {
            error("exchange.must-be-not", name, expected, abbreviate(json()));
            return 0;
        }
        return value.doubleValue();
    }

    boolean optionalBoolean(boolean defaultValue) {
        if (isAbsent()) {
            return defaultValue;
        }
        return is(value.isBoolean(), "boolean") && value.booleanValue();
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
        error("exchange.unknown-constant", Message.of("kind." + kind.replace(' ', '-')), quote(text), expected);
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
            error("exchange.not-date-time", name, quote(text));
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
            error(mayBeEndOfDay ? "exchange.not-time-or-end-of-day" : "exchange.not-time-of-day", name, quote(text));
        }
        return minute;
    }

    /** Whether the field is there (null counts as there), reporting it missing otherwise. */
    boolean required() {
        if (value.isMissingNode()) {
            error("exchange.missing", quote(name), Message.field(name));
            return false;
        }
        return true;
    }

    /** @param expected the kind of value, a key {@code value.EXPECTED} of the bundles */
    private boolean is(boolean rightType, String expected) {
        if (!rightType) {
            error("exchange.must-be-not", name, Message.of("value." + expected), Message.of("value." + kind(value)));
        }
        return rightType;
    }

    private static String kind(JsonNode value) {
        return switch (value.getNodeType()) {
            case STRING -> "string";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            case OBJECT -> "object";
            case ARRAY -> "list";
            case NULL -> "null";
            default -> "other";
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
            error("exchange.must-be-not", name, json, abbreviate(json()));
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

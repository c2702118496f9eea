package org.protocolplanner.shared.web;

import java.util.Arrays;
import java.util.List;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A message of the API by its key in the bundles (messages.properties, messages_zh.properties) and its
 * arguments, worded in the caller's language when the answer is written. An argument may itself be a
 * message (a field's label, the name of a kind of record); numbers are passed on as written in the code
 * ({@code 100000}, never {@code 100,000}), as they are values the caller sent or must send.
 */
public record Message(String code, List<Object> arguments) implements MessageSourceResolvable {

    public Message {
        arguments = List.copyOf(arguments);
    }

    public static Message of(String code, Object... arguments) {
        return new Message(
                code,
                Arrays.stream(arguments)
                        .map(argument ->
                                argument instanceof Number || argument == null ? String.valueOf(argument) : argument)
                        .toList());
    }

    /**
     * A field's name inside a message: its label ({@code field.headcount}) where the bundle has one,
     * else the name itself (a map key such as {@code THEATRE}).
     */
    public static MessageSourceResolvable field(String name) {
        return new DefaultMessageSourceResolvable(new String[] {FieldLabels.CODE_PREFIX + name}, name);
    }

    /** A kind of record inside a message ({@code thing.plan}): "plan", "计划". */
    public static Message thing(String what) {
        return of("thing." + what);
    }

    /**
     * A text already worded in the caller's language (bean validation interpolates its messages in the
     * request's locale): passed on as it is.
     */
    public static MessageSourceResolvable worded(String text) {
        return new DefaultMessageSourceResolvable(new String[0], null, text) {
            @Override
            public boolean shouldRenderDefaultMessage() {
                return false;
            }
        };
    }

    /** In English, for the server's log and for exceptions' own messages. */
    public String english() {
        return Messages.english(this);
    }

    @Override
    public String[] getCodes() {
        return new String[] {code};
    }

    @Override
    public Object[] getArguments() {
        return arguments.toArray();
    }

    @Override
    public String getDefaultMessage() {
        return null;
    }

    @Override
    public String toString() {
        return english();
    }
}

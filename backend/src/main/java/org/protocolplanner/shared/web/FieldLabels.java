package org.protocolplanner.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A JSON path of the API ({@code events[3].layout}) as a person reads it: {@code Engagement 4 › Layout},
 * {@code 活动 4 › 布局}. Each name is looked up as {@code field.NAME}; a list element counts from 1 after
 * its list's singular ({@code field.NAME.item}). A name the bundles lack (a map key such as
 * {@code THEATRE}, a soft rule's id) stays as written.
 */
final class FieldLabels {

    static final String CODE_PREFIX = "field.";
    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)((?:\\[\\d+])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    private FieldLabels() {}

    static String label(String path, MessageSource messages, Locale locale) {
        if (path == null || path.isEmpty() || path.equals("$")) {
            return messages.getMessage(CODE_PREFIX + "$", null, locale);
        }
        List<String> parts = new ArrayList<>();
        Matcher segment = SEGMENT.matcher(path);
        while (segment.find()) {
            String name = segment.group(1);
            Matcher index = INDEX.matcher(segment.group(2));
            if (!index.find()) {
                parts.add(messages.getMessage(
                        new DefaultMessageSourceResolvable(new String[] {CODE_PREFIX + name}, name), locale));
                continue;
            }
            String item = messages.getMessage(
                    new DefaultMessageSourceResolvable(
                            new String[] {CODE_PREFIX + name + ".item", CODE_PREFIX + name}, name),
                    locale);
            StringBuilder numbered = new StringBuilder(item);
            do {
                numbered.append(' ').append(Integer.parseInt(index.group(1)) + 1);
            } while (index.find());
            parts.add(numbered.toString());
        }
        return String.join(" › ", parts);
    }
}

package org.protocolplanner.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The API's two bundles (and bean validation's two) say the same things: every key in both, every key the
 * code asks for in them, and no Chinese message left in English. A message that went missing would answer a
 * 500 instead of a 400.
 */
class MessageBundlesTest {

    /** A key passed as a literal: {@code Message.of("input.required")}, {@code node.error("exchange.missing", …)}. */
    private static final Pattern CODE_IN_SOURCE = Pattern.compile(
            "(?:Message\\.of\\(|\\.error\\(|new InputError\\([^,()]+,\\s*)\\s*\"((?:problem|conflict|input|exchange"
                    + "|value|thing|kind|field)\\.[A-Za-z0-9.$-]+)\"(?!\\s*\\+)");
    /** The kind of record a 404 names: {@code new NotFoundException("plan", id)} asks for {@code thing.plan}. */
    private static final Pattern NOT_FOUND_THING = Pattern.compile("new NotFoundException\\(\\s*\"([^\"]+)\"");
    /** A key the code composes: {@code "value." + expected}, {@code "thing." + what}. */
    private static final Pattern COMPOSED_PREFIX =
            Pattern.compile("\"((?:value|thing|kind|problem\\.database)\\.)\" \\+");
    /** Words that stay as they are in Chinese: JSON literals, formats, units, the request values the API takes. */
    private static final Set<String> KEPT_WORDS = Set.of(
            "true",
            "false",
            "null",
            "none",
            "closed",
            "after",
            "confirm",
            "decline",
            "schedule",
            "delegations",
            "bookings",
            "venue",
            "space",
            "delegation",
            "engagement",
            "plan",
            "closure",
            "weights",
            "booking",
            "account",
            "sign",
            "in",
            "address",
            "en",
            "zh",
            "JSON",
            "MiB",
            "UTF",
            "NUL",
            "YYYY",
            "MM",
            "DD",
            "HH",
            "mm");

    private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");

    @ParameterizedTest
    @ValueSource(strings = {"messages", "ValidationMessages"})
    void bothLanguagesHaveTheSameKeys(String name) throws IOException {
        assertThat(bundle(name + "_zh.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(
                        bundle(name + ".properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheCodeNamesIsInTheBundles() throws IOException {
        Set<String> keys = bundle("messages.properties").stringPropertyNames();
        Set<String> named = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                Matcher literal = CODE_IN_SOURCE.matcher(code);
                while (literal.find()) {
                    named.add(literal.group(1));
                }
                Matcher thing = NOT_FOUND_THING.matcher(code);
                while (thing.find()) {
                    named.add("thing." + thing.group(1));
                }
                Matcher composed = COMPOSED_PREFIX.matcher(code);
                while (composed.find()) {
                    prefixes.add(composed.group(1));
                }
            }
        }
        assertThat(named).as("keys found in the code").hasSizeGreaterThan(100);
        assertThat(keys).containsAll(named);
        assertThat(prefixes).allSatisfy(prefix -> assertThat(keys).anyMatch(key -> key.startsWith(prefix)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "ValidationMessages"})
    void noChineseMessageIsLeftInEnglish(String name) throws IOException {
        Properties zh = bundle(name + "_zh.properties");
        assertThat(zh.stringPropertyNames()).allSatisfy(key -> {
            String text = zh.getProperty(key);
            String words = WORD.matcher(
                            text.replaceAll("\\{[^}]*}", "").replaceAll("[A-Za-z0-9_-]+\\.[A-Za-z0-9_.-]+", ""))
                    .results()
                    .map(m -> m.group())
                    .filter(word -> !KEPT_WORDS.contains(word))
                    .collect(Collectors.joining(" "));
            if (text.replaceAll("\\{[^}]*}", "").matches(".*\\p{L}.*")) {
                assertThat(text).as(key).containsPattern("\\p{IsHan}");
            }
            assertThat(words).as("English words in %s=%s", key, text).isEmpty();
        });
    }

    /** {@link Message#of} passes numbers on as text, so that none is grouped: no message may format one as a number. */
    @ParameterizedTest
    @ValueSource(strings = {"messages", "messages_zh"})
    void everyMessageFormatsWithItsArgumentsAsText(String name) throws IOException {
        Properties messages = bundle(name + ".properties");
        Object[] arguments = {"1", "2", "3", "4", "5", "6"};
        assertThat(messages.stringPropertyNames())
                .allSatisfy(key -> assertThatCode(
                                () -> new MessageFormat(messages.getProperty(key), Locale.ROOT).format(arguments))
                        .as(key)
                        .doesNotThrowAnyException());
    }

    @Test
    void eachArgumentIsWordedInTheCallersLanguage() {
        Message message = Message.of("exchange.must-be-not", "headcount", Message.of("value.whole-number"), "3.5");

        assertThat(message.english()).isEqualTo("headcount must be a whole number, not 3.5");
        assertThat(Messages.BUNDLE.getMessage(message, Locale.CHINESE)).isEqualTo("必须是整数,而不是 3.5");
        assertThat(Messages.BUNDLE.getMessage(Message.of("exchange.too-large", 10485760L), Locale.ROOT))
                .as("a number the caller sent or must send is written as is, without grouping")
                .contains("10485760 bytes");
    }

    @Test
    void aPathIsLabelledFieldByFieldWithListsCountedFromOne() {
        assertThat(FieldLabels.label("events[3].durationMinutes", Messages.BUNDLE, Locale.ENGLISH))
                .isEqualTo("Engagement 4 › Duration (minutes)");
        assertThat(FieldLabels.label("events[3].durationMinutes", Messages.BUNDLE, Locale.CHINESE))
                .isEqualTo("活动 4 › 时长(分钟)");
        assertThat(FieldLabels.label("capacity.THEATRE", Messages.BUNDLE, Locale.CHINESE))
                .as("a map key stays as written")
                .isEqualTo("容量 › THEATRE");
        assertThat(FieldLabels.label("$", Messages.BUNDLE, Locale.CHINESE)).isEqualTo("整个请求");
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}

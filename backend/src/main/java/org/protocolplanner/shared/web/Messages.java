package org.protocolplanner.shared.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The API's words: messages.properties (English, the default) and messages_zh.properties, chosen by the
 * request's {@code Accept-Language}. A language the bundles lack, or no header at all, answers in English
 * whatever the server's own locale: the base bundle is the fallback, never the system locale's.
 */
@Configuration(proxyBeanMethods = false)
public class Messages {

    /** The languages the bundles speak, English first: the answer to a request in any other. */
    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.CHINESE);

    static final ResourceBundleMessageSource BUNDLE = bundle();

    private static ResourceBundleMessageSource bundle() {
        ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
        bundle.setBasename("messages");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        // Every message goes through MessageFormat, so a quote is written '' in all of them alike.
        bundle.setAlwaysUseMessageFormat(true);
        return bundle;
    }

    static String english(MessageSourceResolvable message) {
        return BUNDLE.getMessage(message, Locale.ROOT);
    }

    /** Also the messages of bean validation that name a key of these bundles. */
    @Bean
    MessageSource messageSource() {
        return BUNDLE;
    }

    /** {@code zh-CN} and {@code zh} answer in Chinese; no header, or another language, in English. */
    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(LANGUAGES);
        resolver.setDefaultLocale(Locale.ENGLISH);
        return resolver;
    }
}

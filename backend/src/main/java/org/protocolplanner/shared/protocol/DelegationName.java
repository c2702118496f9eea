package org.protocolplanner.shared.protocol;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How a printout, spreadsheet or other text the server makes names a delegation, by the rule the UI follows
 * (docs/decisions/0133): in English the name the plan gives it; in Chinese its country's Chinese name from its
 * ISO 3166-1 alpha-2 code with the word for delegation ("尼泊尔代表团"), since the plan's name is English text.
 * A delegation without a code the JDK knows (an international organisation) keeps its own name in Chinese too.
 *
 * @param name    the delegation's name in the plan ("Nepal", "African Union")
 * @param country its ISO 3166-1 alpha-2 code; null for none
 */
public record DelegationName(String name, @Nullable String country) {

    private static final String DELEGATION_ZH = "代表团";

    /** The name in Chinese when {@code chinese}, else in English. */
    public String in(boolean chinese) {
        return chinese ? chinese() : name;
    }

    /** "尼泊尔代表团" for NP; the delegation's own name for no or an unknown code. */
    public String chinese() {
        String countryName = countryChinese(country);
        return countryName == null ? name : countryName + DELEGATION_ZH;
    }

    /**
     * The country's name in Simplified Chinese from the JDK's CLDR data, which names the countries as the
     * browsers' {@code Intl.DisplayNames} do; null for no code or one the JDK does not know (it answers such a
     * code with the code itself). Like the browser it takes the region codes of either form, two letters or
     * three digits, and nothing else.
     */
    static @Nullable String countryChinese(@Nullable String code) {
        if (code == null || !code.matches("[A-Za-z]{2}|[0-9]{3}")) {
            return null;
        }
        String region = code.toUpperCase(Locale.ROOT);
        String named = new Locale("", region).getDisplayCountry(Locale.SIMPLIFIED_CHINESE);
        return named.isBlank() || named.equalsIgnoreCase(region) ? null : named;
    }
}

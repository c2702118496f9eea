package org.protocolplanner.itinerary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.Font;
import org.junit.jupiter.api.Test;

/** A host without the CJK font: English still prints, Chinese is refused with what to install. */
class ItineraryFontsTest {

    private final ItineraryFonts missing = new ItineraryFonts("/nonexistent/fonts/NoSuchCJK.ttc,2");

    @Test
    void englishFallsBackToHelvetica() {
        assertThat(missing.font(ItineraryLanguage.EN, 10, Font.NORMAL).getFamily())
                .isEqualTo(Font.HELVETICA);
    }

    @Test
    void chineseNamesTheMissingFileAndWhatToInstall() {
        assertThatThrownBy(() -> missing.font(ItineraryLanguage.ZH, 10, Font.NORMAL))
                .isInstanceOf(ItineraryFonts.CjkFontUnavailableException.class)
                .hasMessageContaining("/nonexistent/fonts/NoSuchCJK.ttc")
                .hasMessageContaining("fonts-noto-cjk")
                .hasMessageContaining("PLANNER_ITINERARY_CJK_FONT")
                .hasMessageContaining("lang=en");
    }

    @Test
    void languageParameter() {
        assertThat(ItineraryLanguage.of("en")).isEqualTo(ItineraryLanguage.EN);
        assertThat(ItineraryLanguage.of("zh")).isEqualTo(ItineraryLanguage.ZH);
        assertThat(ItineraryLanguage.of("fr")).isNull();
    }
}

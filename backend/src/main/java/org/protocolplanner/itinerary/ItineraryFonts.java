package org.protocolplanner.itinerary;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The itinerary's font: a CJK TrueType or OpenType font file on the host ({@code planner.itinerary.cjk-font},
 * by default Debian's Noto Sans CJK SC), embedded as a subset in every PDF so that any reader shows
 * the Chinese. OpenPDF's own Chinese font (STSong-Light) is not embedded and prints as boxes where the
 * reader lacks it. The font is loaded on first use, since reading a 19 MB font collection takes seconds.
 * Without it an English itinerary falls back to Helvetica and a Chinese one is refused with a message
 * that says what to install. Run sheets print with the same font, loaded once.
 */
@Component
public class ItineraryFonts {

    private static final Logger log = LoggerFactory.getLogger(ItineraryFonts.class);

    /** Chinese needs the font; there is no sensible Chinese itinerary without it. */
    public static class CjkFontUnavailableException extends RuntimeException {
        CjkFontUnavailableException(String message) {
            super(message);
        }
    }

    private final String setting;
    private final Path file;
    private volatile BaseFont cjk;

    /**
     * @param setting a font file, or a collection and the index of its face ({@code NotoSansCJK-Regular.ttc,2}:
     *                face 2 of that collection is Simplified Chinese)
     */
    ItineraryFonts(@Value("${planner.itinerary.cjk-font}") String setting) {
        this.setting = setting;
        this.file = Path.of(setting.replaceFirst(",\\d+$", ""));
        if (!Files.isReadable(file)) {
            log.warn(
                    "No CJK font at {} (planner.itinerary.cjk-font): Chinese itineraries will be refused until"
                            + " one is installed (Debian: fonts-noto-cjk) or PLANNER_ITINERARY_CJK_FONT names one.",
                    file);
        }
    }

    Font font(ItineraryLanguage language, float size, int style) {
        return font(language == ItineraryLanguage.ZH, size, style);
    }

    /** @param chinese whether the text is Chinese, which cannot do without the CJK font */
    public Font font(boolean chinese, float size, int style) {
        BaseFont base = chinese ? cjk() : cjkIfInstalled();
        return base == null ? new Font(Font.HELVETICA, size, style) : new Font(base, size, style);
    }

    private BaseFont cjkIfInstalled() {
        return Files.isReadable(file) ? cjk() : null;
    }

    private BaseFont cjk() {
        BaseFont loaded = cjk;
        if (loaded == null) {
            synchronized (this) {
                if (cjk == null) {
                    cjk = load();
                }
                loaded = cjk;
            }
        }
        return loaded;
    }

    private BaseFont load() {
        if (!Files.isReadable(file)) {
            throw new CjkFontUnavailableException("Chinese itineraries need a CJK font on the server, and there is"
                    + " none at " + file + ". Ask the administrator to install one (Debian: fonts-noto-cjk) or to"
                    + " set PLANNER_ITINERARY_CJK_FONT; the English itinerary (lang=en) is available meanwhile.");
        }
        try {
            return BaseFont.createFont(setting, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (Exception e) {
            log.error("The CJK font {} could not be read", setting, e);
            throw new CjkFontUnavailableException("The CJK font configured on the server (" + setting
                    + ") could not be read. Ask the administrator to check PLANNER_ITINERARY_CJK_FONT; the English"
                    + " itinerary (lang=en) is available meanwhile.");
        }
    }
}

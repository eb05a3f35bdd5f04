package org.attache.ingest;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Which language an article is written in (optimaize language-detector, 71 languages), to keep non-English
 * articles away from an English coder. Only a confident verdict counts: a short or mixed text stays English.
 */
public final class LanguageCheck {
    /** The opening of an article tells its language; reading further only costs time. */
    private static final int SAMPLE_CHARS = 2000;
    private static final double CONFIDENT = 0.90;
    /** Below this many letters the detector's verdicts are guesses ("India met Nepal." comes out Dutch). */
    private static final int MIN_LETTERS = 80;

    private static volatile LanguageCheck shared;

    private final LanguageDetector detector;
    private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();

    private LanguageCheck() {
        try {
            detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
                    .withProfiles(new LanguageProfileReader().readAllBuiltIn())
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("the language profiles bundled with language-detector cannot be read", e);
        }
    }

    /** One detector per process: loading the profiles takes a second. */
    public static LanguageCheck shared() {
        LanguageCheck check = shared;
        if (check == null) {
            synchronized (LanguageCheck.class) {
                check = shared;
                if (check == null) {
                    check = new LanguageCheck();
                    shared = check;
                }
            }
        }
        return check;
    }

    /** The ISO 639-1 code of the language the text is confidently written in, or null when unsure. */
    public String language(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        if (sample.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
            return null;
        }
        List<DetectedLanguage> candidates = detector.getProbabilities(texts.forText(sample));
        if (candidates.isEmpty() || candidates.get(0).getProbability() < CONFIDENT) {
            return null;
        }
        return candidates.get(0).getLocale().getLanguage();
    }

    /** False only when the text is confidently in another language than English. */
    public boolean isEnglish(String text) {
        String language = language(text);
        return language == null || language.equals("en");
    }
}

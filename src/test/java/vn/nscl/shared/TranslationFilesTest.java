package vn.nscl.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import vn.nscl.shared.ui.TranslationProvider;

class TranslationFilesTest {

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationFilesTest.class
                .getResourceAsStream("/vaadin-i18n/translations_" + language + ".properties")) {
            assertThat(in).as("translations_%s.properties", language).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void vietnamese_and_english_files_have_the_same_keys() throws IOException {
        Properties vi = load("vi");
        Properties en = load("en");
        assertThat(vi.stringPropertyNames()).as("keys only in Vietnamese")
                .containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        assertThat(vi).hasSizeGreaterThan(100);
    }

    @Test
    void no_translation_is_empty_and_every_pattern_with_placeholders_parses() throws IOException {
        for (String language : new String[] {"vi", "en"}) {
            Properties texts = load(language);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                assertThat(text).as("%s in %s", key, language).isNotBlank();
                if (text.contains("{0}")) {
                    String formatted = new MessageFormat(text, Locale.forLanguageTag(language)).format(new Object[] {"X", "Y", "Z", "W", "V", "U", "T", "S", "R", "Q"});
                    assertThat(formatted).as("%s in %s", key, language).contains("X").doesNotContain("{");
                } else {
                    assertThat(text).as("%s in %s: quotes are doubled only where MessageFormat applies", key, language)
                            .doesNotContain("''");
                }
            }
        }
    }

    @Test
    void vietnamese_is_the_default_and_english_is_offered() {
        TranslationProvider provider = new TranslationProvider();
        assertThat(provider.getProvidedLocales()).containsExactly(TranslationProvider.VIETNAMESE,
                TranslationProvider.ENGLISH);
        assertThat(provider.getTranslation("nav.audit", Locale.forLanguageTag("vi"))).isEqualTo("Nhật ký hệ thống");
        assertThat(provider.getTranslation("nav.audit", Locale.FRENCH)).isEqualTo("Nhật ký hệ thống");
        assertThat(provider.getTranslation("nav.audit", Locale.UK)).isEqualTo("Audit log");
        assertThat(provider.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key");
        assertThat(provider.getTranslation("error.too-long", Locale.forLanguageTag("vi"), 200))
                .isEqualTo("Tối đa 200 ký tự.");
    }
}

package org.partnershipworkshop.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.partnershipworkshop.canvas.PartnerType;

/** Every text exists in Bulgarian, Russian and English, parses as a MessageFormat, and every key the code names exists. */
class TranslationsTest {

    /** All bundles of a language merged; a key defined in two bundles fails the test. */
    private static Properties bundle(Language language) throws IOException {
        Properties all = new Properties();
        for (String name : Messages.BUNDLES) {
            try (InputStream in = TranslationsTest.class.getResourceAsStream(
                    "/vaadin-i18n/" + name + "_" + language.code() + ".properties")) {
                if (in == null) {
                    continue;
                }
                Properties p = new Properties();
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String key : p.stringPropertyNames()) {
                    assertThat(all.containsKey(key)).as("%s is defined in two bundles (%s)", key, name).isFalse();
                    all.setProperty(key, p.getProperty(key));
                }
            }
        }
        assertThat(all).as("texts of %s", language).isNotEmpty();
        return all;
    }

    @Test
    void everyFeatureBundleExistsInAllLanguagesOrNone() {
        for (String name : Messages.BUNDLES) {
            long present = java.util.Arrays.stream(Language.values()).filter(l -> TranslationsTest.class
                    .getResource("/vaadin-i18n/" + name + "_" + l.code() + ".properties") != null).count();
            assertThat(present).as("languages of bundle %s", name).isIn(0L, 3L);
        }
    }

    @Test
    void everyKeyExistsInEveryLanguage() throws IOException {
        Map<Language, Set<String>> keys = new HashMap<>();
        for (Language language : Language.values()) {
            keys.put(language, new TreeSet<>(bundle(language).stringPropertyNames()));
        }
        Set<String> all = new TreeSet<>();
        keys.values().forEach(all::addAll);
        for (Language language : Language.values()) {
            Set<String> missing = new TreeSet<>(all);
            missing.removeAll(keys.get(language));
            assertThat(missing).as("keys missing in %s", language).isEmpty();
        }
    }

    @Test
    void everyTextIsAValidMessageFormatAndNotEmpty() throws IOException {
        for (Language language : Language.values()) {
            Properties p = bundle(language);
            for (String key : p.stringPropertyNames()) {
                String text = p.getProperty(key);
                assertThat(text).as("%s in %s", key, language).isNotBlank();
                new MessageFormat(text, language.locale());
                assertThat(text.replace("''", "")).as("lone apostrophe in %s (%s) swallows arguments", key, language)
                        .doesNotContain("'");
            }
        }
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Properties en = bundle(Language.EN);
        Pattern literal = Pattern.compile("\"((?:error|canvas|meeting|meetings|group|session|presentation|programme|people|person|"
                + "feedback|import|export|accounts|role|login|nav|action|app|language|form|live|partner|partners|network|"
                + "proceedings|practice|practices|calendar|join|vote|audit|backup|trust|dialogue|surveyform)\\.[A-Za-z0-9.]+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1);
                    // JSON paths in the interchange code and style sheet names look like keys but are not texts.
                    // Audit actions ("meeting.created") are identifiers whose text is "audit.action." + action.
                    boolean auditAction = en.containsKey("audit.action." + key) || key.equals("audit.action.");
                    // "library.kind." + id: a key's prefix, its ends are checked below
                    boolean prefix = key.endsWith(".");
                    if (!key.startsWith("meeting.feedback") && !key.endsWith(".css") && !key.endsWith(".json")
                            && !key.endsWith(".csv") && !prefix && !auditAction && !en.containsKey(key)) {
                        missing.add(key + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        for (org.partnershipworkshop.library.LibraryKind kind : org.partnershipworkshop.library.LibraryKind.values()) {
            if (!en.containsKey(kind.labelKey())) {
                missing.add(kind.labelKey());
            }
        }
        for (org.partnershipworkshop.library.MunicipalityKind kind : org.partnershipworkshop.library.MunicipalityKind.values()) {
            if (!en.containsKey(kind.labelKey())) {
                missing.add(kind.labelKey());
            }
        }
        for (org.partnershipworkshop.security.Role role : org.partnershipworkshop.security.Role.values()) {
            if (!en.containsKey(role.labelKey())) {
                missing.add(role.labelKey());
            }
        }
        for (PartnerType type : PartnerType.values()) {
            if (!en.containsKey(type.labelKey())) {
                missing.add(type.labelKey());
            }
        }
        assertThat(missing).isEmpty();
    }

    /** An apostrophe is written '' in a pattern; on screen it is one, with or without arguments. */
    @Test
    void noRenderedTextShowsADoubledApostrophe() throws IOException {
        Messages messages = new Messages();
        for (Language language : Language.values()) {
            for (String key : bundle(language).stringPropertyNames()) {
                assertThat(messages.get(key, language)).as("%s in %s", key, language).doesNotContain("''");
            }
        }
        assertThat(messages.get("live.joinScreen.steps", Language.EN)).contains("the table's laptop");
    }

    @Test
    void theProviderRendersArgumentsAndFallsBackToEnglish() {
        Messages messages = new Messages();
        assertThat(messages.get("error.tooLong", Language.BG, 2000, 2001)).matches(".*2\\D?000.*2\\D?001.*");
        assertThat(messages.getTranslation("nav.meetings", java.util.Locale.GERMAN)).isEqualTo("Meetings");
        assertThat(messages.getTranslation("nav.meetings", java.util.Locale.of("ru"))).isEqualTo("Встречи");
    }
}

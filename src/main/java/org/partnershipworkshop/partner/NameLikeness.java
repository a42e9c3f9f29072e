package org.partnershipworkshop.partner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.partnershipworkshop.canvas.PartnerNames;
import org.partnershipworkshop.partner.DuplicateSuggestion.Reason;

/**
 * How alike two partner names are, for suggesting likely duplicates to a manager (never for linking:
 * that is by {@link PartnerNames#normalize} alone). Aware of Bulgarian and Russian: word endings and
 * articles do not count ("Общината" = "Община"), nor ё/е or Latin letters that look Cyrillic; known
 * abbreviations are written out ("НПО" = "Неправителствени организации", from {@code partner/abbreviations.txt})
 * and initials compared ("ДБТ" = "Дирекция Бюро по труда"); a name inside another ("Медии", "Местни медии")
 * and small misspellings count less. Names with different numbers ("СОУ № 1", "СОУ № 2") are never alike.
 */
final class NameLikeness {

    record Likeness(double score, Reason reason) {
    }

    /**
     * One way of reading a name: its meaningful words, stemmed, and their initials. A name gives several:
     * itself, the parts outside and inside brackets, and the expansions of a known abbreviation.
     */
    record Form(List<String> words, List<String> stems, String initials, boolean expanded) {
    }

    /** Scores below this are not suggested. */
    static final double THRESHOLD = 0.7;

    private static final Set<String> STOPWORDS = Set.of(
            "на", "за", "по", "и", "в", "във", "с", "със", "от", "към", "до", "при", "или", "а",
            "во", "со", "к", "ко", "для", "из", "у", "о", "об",
            "of", "the", "and", "for", "in", "on", "at", "to");
    /** Endings of Bulgarian and Russian nouns and adjectives (articles, plurals, cases), longest first. */
    private static final List<String> ENDINGS = List.of(
            "ията", "ието", "ите", "ата", "ото", "ята", "ият", "ого", "его", "ому", "ему", "ыми", "ими", "ами", "ями",
            "ът", "ят", "та", "то", "те", "ове", "ия", "ии", "ие", "ая", "яя", "ое", "ее", "ые", "ый", "ий", "ой",
            "ов", "ев", "ей", "ам", "ям", "ах", "ях", "ых", "их", "ую", "юю", "ом", "ем",
            "а", "я", "о", "е", "и", "ы", "у", "ю", "ь", "й");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern BRACKETS = Pattern.compile("\\(([^()]*)\\)");
    private static final String LATIN_LOOKALIKES = "aceopxykmthb";
    private static final String CYRILLIC_TWINS = "асеорхукмтнв";
    private static final Map<String, List<List<String>>> ABBREVIATIONS = loadAbbreviations();

    private NameLikeness() {
    }

    /** Every way of reading a name (see {@link Form}). */
    static List<Form> forms(String name) {
        Set<Form> forms = new LinkedHashSet<>();
        addForm(forms, name);
        Matcher inner = BRACKETS.matcher(name);
        String outer = BRACKETS.matcher(name).replaceAll(" ");
        if (!outer.equals(name)) {
            addForm(forms, outer);
        }
        while (inner.find()) {
            addForm(forms, inner.group(1));
        }
        // A known abbreviation inside a name is also read written out: "НПО Светлина" as "неправителствена организация Светлина".
        for (Form form : List.copyOf(forms)) {
            for (int i = 0; i < form.stems().size(); i++) {
                for (List<String> expansion : ABBREVIATIONS.getOrDefault(form.words().get(i), List.of())) {
                    List<String> stems = new ArrayList<>(form.stems().subList(0, i));
                    stems.addAll(expansion);
                    stems.addAll(form.stems().subList(i + 1, form.stems().size()));
                    forms.add(new Form(List.of(), stems, initials(stems), true));
                }
            }
        }
        return List.copyOf(forms);
    }

    private static void addForm(Set<Form> forms, String text) {
        List<String> words = words(text);
        if (!words.isEmpty()) {
            forms.add(new Form(words, words.stream().map(NameLikeness::stem).toList(), initials(words), false));
        }
    }

    /** The meaningful words of a text: lower case, ё as е, look-alike Latin letters in Cyrillic words made Cyrillic. */
    static List<String> words(String text) {
        String folded = PartnerNames.normalize(text).replace('ё', 'е');
        List<String> words = new ArrayList<>();
        for (String word : NOT_WORD.split(folded)) {
            if (word.isEmpty() || STOPWORDS.contains(word)) {
                continue;
            }
            words.add(CYRILLIC.matcher(word).find() ? cyrillic(word) : word);
        }
        return words;
    }

    private static String cyrillic(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (char c : word.toCharArray()) {
            int i = LATIN_LOOKALIKES.indexOf(c);
            out.append(i < 0 ? c : CYRILLIC_TWINS.charAt(i));
        }
        return out.toString();
    }

    /** A word without its ending, keeping at least three letters. */
    static String stem(String word) {
        for (String ending : ENDINGS) {
            if (word.length() - ending.length() >= 3 && word.endsWith(ending)) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }

    /** The first letters of the words (or of their stems: the same letters), e.g. "дбт"; for one word, the word itself. */
    private static String initials(List<String> words) {
        if (words.size() == 1) {
            return words.getFirst();
        }
        StringBuilder out = new StringBuilder();
        words.forEach(w -> out.append(w.charAt(0)));
        return out.toString();
    }

    /** Two stems are the same word when equal, or when one is the other with up to two more letters. */
    static boolean sameWord(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() >= 3 && longer.length() - shorter.length() <= 2 && longer.startsWith(shorter);
    }

    /** The best likeness between any form of one name and any form of the other, if any. */
    static Optional<Likeness> compare(List<Form> a, List<Form> b) {
        Likeness best = null;
        for (Form x : a) {
            for (Form y : b) {
                Likeness l = compare(x, y);
                if (l != null && (best == null || l.score() > best.score())) {
                    best = l;
                }
            }
        }
        return Optional.ofNullable(best).filter(l -> l.score() >= THRESHOLD);
    }

    private static Likeness compare(Form x, Form y) {
        if (differentNumbers(x, y)) {
            return null;
        }
        boolean expanded = x.expanded() || y.expanded();
        List<String> small = x.stems().size() <= y.stems().size() ? x.stems() : y.stems();
        List<String> large = small == x.stems() ? y.stems() : x.stems();
        int matched = matchedWords(small, large);
        if (matched == small.size() && small.size() == large.size()) {
            return expanded ? new Likeness(0.95, Reason.ABBREVIATION) : new Likeness(1.0, Reason.SAME_WORDS);
        }
        if (abbreviates(x, y) || abbreviates(y, x)) {
            return new Likeness(0.95, Reason.ABBREVIATION);
        }
        if (matched == small.size()) {
            return new Likeness(0.5 + 0.4 * small.size() / large.size(), expanded ? Reason.ABBREVIATION : Reason.CONTAINED);
        }
        double spelling = spelling(String.join(" ", x.stems()), String.join(" ", y.stems()));
        return spelling >= 0.8 ? new Likeness(0.9 * spelling, Reason.SPELLING) : null;
    }

    /** "СОУ № 1" and "СОУ № 2", "Детска градина 5" and "… 7" are different places, however alike the words. */
    private static boolean differentNumbers(Form x, Form y) {
        List<String> a = numbers(x);
        List<String> b = numbers(y);
        return !a.isEmpty() && !b.isEmpty() && !a.equals(b);
    }

    private static List<String> numbers(Form form) {
        return form.stems().stream().filter(w -> w.chars().allMatch(Character::isDigit)).sorted().toList();
    }

    /** One form is a single short word that is the initials of the other ("ДБТ" and "Дирекция бюро труда"). */
    private static boolean abbreviates(Form shortForm, Form longForm) {
        if (shortForm.stems().size() != 1 || longForm.stems().size() < 2) {
            return false;
        }
        String word = shortForm.initials();
        return word.length() >= 2 && word.length() <= 6 && word.equals(longForm.initials());
    }

    private static int matchedWords(List<String> small, List<String> large) {
        List<String> left = new ArrayList<>(large);
        int matched = 0;
        for (String word : small) {
            for (int i = 0; i < left.size(); i++) {
                if (sameWord(word, left.get(i))) {
                    left.remove(i);
                    matched++;
                    break;
                }
            }
        }
        return matched;
    }

    /** 1 − edit distance / longer length. */
    static double spelling(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        if (longer == 0) {
            return 1;
        }
        return 1 - (double) LevenshteinDistance.getDefaultInstance().apply(a, b) / longer;
    }

    /** Keys two names must share to be compared at all: word beginnings and initials. */
    static Set<String> blockingKeys(List<Form> forms) {
        Set<String> keys = new LinkedHashSet<>();
        for (Form form : forms) {
            form.stems().forEach(s -> keys.add(s.substring(0, Math.min(3, s.length()))));
            keys.add("#" + form.initials());
        }
        return keys;
    }

    private static Map<String, List<List<String>>> loadAbbreviations() {
        Map<String, List<List<String>>> result = new HashMap<>();
        try (InputStream in = NameLikeness.class.getResourceAsStream("/partner/abbreviations.txt")) {
            if (in == null) {
                throw new IllegalStateException("partner/abbreviations.txt is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int eq = line.indexOf('=');
                if (line.isBlank() || line.strip().startsWith("#") || eq < 0) {
                    continue;
                }
                String abbreviation = String.join("", words(line.substring(0, eq)));
                for (String expansion : line.substring(eq + 1).split("\\|")) {
                    List<String> stems = words(expansion).stream().map(NameLikeness::stem).toList();
                    if (!stems.isEmpty()) {
                        result.computeIfAbsent(abbreviation, k -> new ArrayList<>()).add(stems);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(result);
    }
}

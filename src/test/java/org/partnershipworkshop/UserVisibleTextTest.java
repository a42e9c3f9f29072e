package org.partnershipworkshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No user-visible text is written into a Vaadin screen's code: every text a component shows (its own text,
 * label, title, placeholder, helper, tooltip, header, a notification) comes from the vaadin-i18n bundles in
 * Bulgarian, Russian and English. Scans the source of every class that uses Vaadin components for such calls
 * with a string literal holding a letter; a literal without letters ("·", "—", "%") is not text.
 */
class UserVisibleTextTest {

    /** Literals that are allowed, by file and text, each with why. Keep it short. */
    private static final Map<String, String> ALLOWED = Map.of(
            "live/ui/JoinView.java: ABCD EFGH",
            "the shape of a join code, which is Latin letters in every language");

    private static final String LITERAL = "\"((?:[^\"\\\\\\n]|\\\\.)*)\"";
    private static final String TEXT_FIRST = "Button|Span|Paragraph|H[1-6]|Div|Text|Html|Tab|Checkbox|NativeLabel|Label"
            + "|Emphasis|Strong|ListItem|Details|Notification|RadioButtonGroup|CheckboxGroup|TextField|TextArea"
            + "|PasswordField|EmailField|IntegerField|NumberField|BigDecimalField|DatePicker|TimePicker|DateTimePicker"
            + "|ComboBox|MultiSelectComboBox|Select|Upload|ConfirmDialog|Pre|Code|RouterLink|SideNavItem|MenuItem";
    private static final String TEXT_SETTERS = "setText|setLabel|setTitle|setPlaceholder|setHelperText|setHeaderTitle"
            + "|setAriaLabel|setTooltipText|setErrorMessage|setSummaryText|setConfirmText|setCancelText|setRejectText"
            + "|setHeader|setFooter|addItem|setEmptyStateText";
    private static final List<Pattern> USER_VISIBLE = List.of(
            Pattern.compile("new\\s+(?:" + TEXT_FIRST + ")\\s*(?:<[^>]*>)?\\(\\s*" + LITERAL),
            Pattern.compile("new\\s+Anchor\\s*\\([^,;()]*(?:\\([^()]*\\)[^,;()]*)*,\\s*" + LITERAL),
            Pattern.compile("\\.(?:" + TEXT_SETTERS + ")\\s*\\(\\s*" + LITERAL),
            Pattern.compile("Notification\\.show\\s*\\(\\s*" + LITERAL),
            Pattern.compile("setAttribute\\s*\\(\\s*\"(?:title|aria-label|placeholder|alt)\"\\s*,\\s*" + LITERAL));
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    @Test
    void noScreenWritesItsTextsIntoTheCode() throws IOException {
        Path root = Path.of("src/main/java/org/partnershipworkshop");
        List<String> found = new ArrayList<>();
        Set<String> allowedSeen = new HashSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                if (!source.contains("import com.vaadin.flow.component")) {
                    continue;
                }
                String name = root.relativize(file).toString().replace('\\', '/');
                for (String text : literalTexts(source)) {
                    if (ALLOWED.containsKey(name + ": " + text)) {
                        allowedSeen.add(name + ": " + text);
                    } else {
                        found.add(name + ": \"" + text + "\"");
                    }
                }
            }
        }
        assertThat(found).as("user-visible texts in code instead of vaadin-i18n (bg, ru, en); move them to the "
                + "bundles, or add a literal that is not language to ALLOWED with the reason").isEmpty();
        assertThat(ALLOWED.keySet()).as("allowed literals the code no longer has").isEqualTo(allowedSeen);
    }

    @Test
    void theScanFindsTextsInEveryKindOfCallAndNothingElse() {
        String source = """
                class Sample {
                    void build() {
                        add(new Button("Save"), new H2("Срещи"), new Span("·"), new Span(getTranslation("a.b")));
                        add(new Anchor("meetings/" + id, "Open"), new Anchor("meetings/" + id(1), title));
                        field.setLabel("Title"); field.setPlaceholder(getTranslation("x")); grid.addColumn(x).setHeader("Name");
                        Notification.show("Saved"); icon.getElement().setAttribute("title", "Close");
                        icon.getElement().setAttribute("href", "#top"); log.info("not a component: {}", id);
                        // new Button("In a comment")
                        /* field.setText("In a block comment") */
                        String js = \"""
                            el.setText("in a text block");
                            \""";
                        ComboBox<String> box = new ComboBox<>("Region");
                    }
                }
                """;
        assertThat(literalTexts(source)).containsExactly("Save", "Срещи", "Open", "Title", "Name", "Saved", "Close", "Region");
    }

    /** The literal texts with a letter that {@link #USER_VISIBLE} calls get, in the order of the source. */
    static List<String> literalTexts(String source) {
        String code = withoutCommentsAndTextBlocks(source);
        List<int[]> spans = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Pattern pattern : USER_VISIBLE) {
            Matcher m = pattern.matcher(code);
            while (m.find()) {
                if (LETTER.matcher(m.group(1)).find()) {
                    spans.add(new int[] {m.start(1), texts.size()});
                    texts.add(m.group(1));
                }
            }
        }
        spans.sort((a, b) -> Integer.compare(a[0], b[0]));
        return spans.stream().map(s -> texts.get(s[1])).toList();
    }

    /** The source with comments and text blocks blanked out (string literals kept), so only code is scanned. */
    static String withoutCommentsAndTextBlocks(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                i = end < 0 ? source.length() : end + 3;
                out.append("\"\"");
            } else if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? source.length() : end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
                out.append(' ');
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                char quote = source.charAt(i);
                int j = i + 1;
                while (j < source.length() && source.charAt(j) != quote && source.charAt(j) != '\n') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                out.append(source, i, Math.min(j + 1, source.length()));
                i = j + 1;
            } else {
                out.append(source.charAt(i++));
            }
        }
        return out.toString();
    }
}

package dev.agentlint.text.analysis;

import dev.agentlint.parse.Block;
import dev.agentlint.parse.MarkdownBody;
import dev.agentlint.parse.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a Markdown body into {@link Unit}s: sentences of paragraphs and list items, and table cells. Code blocks
 * and HTML are left out (rules written as code comments are a known blind spot). Each unit learns from its context
 * the modality its section gives it and whether it only illustrates.
 */
public final class UnitExtractor {

    /** The closing marks of bold or italic text at the end of a line. */
    private static final Pattern TRAILING_EMPHASIS = Pattern.compile("[*_]+$");
    private static final Pattern CHECKBOX = Pattern.compile("^\\[[ xX]\\]\\s+");
    private static final Pattern BOLD_LABEL = Pattern.compile(
            "^(\\*\\*|__)((?:(?!\\1)[^\\n]){1,80}?)(?::\\s*\\1|\\1\\s*(?::|\\s[-—–]\\s|[-—–]\\s))\\s*");
    private static final Pattern PLAIN_LABEL = Pattern.compile(
            "^([A-Z][A-Za-z0-9'’/&+ -]{0,40}?):\\s+(?=\\S)");

    private final ModalityLexicon lexicon = ModalityLexicon.get();
    private final List<Unit> units = new ArrayList<>();
    /** Headings repeat on every block under them; what they say is worked out once per heading text. */
    private final java.util.Map<String, String> subjectByHeading = new java.util.HashMap<>();
    private final java.util.Map<String, Modality> modalityByHeading = new java.util.HashMap<>();
    private final java.util.Map<String, Boolean> illustrativeByHeading = new java.util.HashMap<>();
    private Modality leadIn;
    private boolean leadInIllustrative;
    private int leadInLevel = -1;

    private UnitExtractor() {
    }

    public static List<Unit> extract(MarkdownBody body) {
        UnitExtractor extractor = new UnitExtractor();
        for (Block block : body.blocks()) {
            extractor.visit(block);
        }
        return extractor.units;
    }

    private void visit(Block block) {
        switch (block.kind()) {
            case HEADING, TABLE_ROW -> {
                clearLeadIn();
                if (block.kind() == Block.Kind.TABLE_ROW) {
                    tableRow(block);
                }
            }
            case PARAGRAPH -> {
                clearLeadIn();
                if (!leadIn(block, 0)) {
                    prose(block, Unit.Source.PARAGRAPH, null, false);
                }
            }
            case LIST_ITEM -> {
                if (leadInLevel > 0 && block.level() <= leadInLevel) {
                    clearLeadIn();
                }
                if (!leadIn(block, block.level())) {
                    prose(block, Unit.Source.LIST_ITEM, leadIn, leadInIllustrative);
                }
            }
            default -> {
                // code and HTML carry no directives
            }
        }
    }

    private void clearLeadIn() {
        leadIn = null;
        leadInIllustrative = false;
        leadInLevel = -1;
    }

    /**
     * A line such as "**Never:**" or "Avoid the following:" gives the list after it its modality; "Example:" makes
     * the list illustrative. Returns whether the block is such a line.
     */
    private boolean leadIn(Block block, int level) {
        List<Segment> segments = block.segments();
        if (segments.size() != 1 || segments.get(0).text().length() > 120 || segments.get(0).text().indexOf(':') < 0) {
            return false;
        }
        String text = block.text().strip();
        String plain = TRAILING_EMPHASIS.matcher(text).replaceAll("").strip();
        if (!plain.endsWith(":") || plain.length() > 80) {
            return false;
        }
        String body = plain.substring(0, plain.length() - 1);
        Modality modality = lexicon.sectionModality(body);
        boolean illustrative = modality == null && (lexicon.illustrativeLabel(body)
                || lexicon.illustrativeHeading(body));
        if (modality == null && !illustrative) {
            return false;
        }
        leadIn = modality;
        leadInIllustrative = illustrative;
        leadInLevel = level;
        return true;
    }

    /** What {@link #BOLD_LABEL} needs at {@code pos}, checked before the expression is run. */
    private static boolean mayBeBoldLabel(String text, int pos) {
        return text.startsWith("**", pos) || text.startsWith("__", pos);
    }

    /** What {@link #PLAIN_LABEL} needs: a capital at {@code pos} and a colon at most 41 characters on. */
    private static boolean mayBePlainLabel(String text, int pos) {
        if (pos >= text.length() || text.charAt(pos) < 'A' || text.charAt(pos) > 'Z') {
            return false;
        }
        int colon = text.indexOf(':', pos + 1);
        return colon > 0 && colon <= pos + 41;
    }

    private void prose(Block block, Unit.Source source, Modality inherited, boolean inheritedIllustrative) {
        TextRegion region = TextRegion.of(block);
        String text = region.text();
        int pos = 0;
        if (text.startsWith("[")) {
            Matcher checkbox = CHECKBOX.matcher(text);
            if (checkbox.lookingAt()) {
                pos = checkbox.end();
            }
        }
        Modality itemModality = null;
        int codePoint = pos < text.length() ? text.codePointAt(pos) : 0;
        String first = codePoint == 0 ? "" : new String(Character.toChars(codePoint));
        if (lexicon.isNegativeEmoji(first) || lexicon.isPositiveEmoji(first)) {
            itemModality = lexicon.isNegativeEmoji(first) ? Modality.PROHIBITION : Modality.PERMISSION;
            pos += first.length();
            while (pos < text.length() && (Character.isWhitespace(text.charAt(pos)) || text.charAt(pos) == '\uFE0F')) {
                pos++;
            }
        }
        boolean illustrative = inheritedIllustrative || illustrativeContext(block);
        List<String> scope = headingSubjects(block);
        String label = null;
        int labelEnd = -1;
        Matcher bold = mayBeBoldLabel(text, pos) ? BOLD_LABEL.matcher(text).region(pos, text.length()) : null;
        Matcher plain = bold == null && mayBePlainLabel(text, pos)
                ? PLAIN_LABEL.matcher(text).region(pos, text.length()) : null;
        if (bold != null && bold.lookingAt()) {
            label = bold.group(2).strip();
            labelEnd = bold.end();
        } else if (plain != null && plain.lookingAt() && plain.group(1).split("\\s+").length <= 5) {
            label = plain.group(1).strip();
            labelEnd = plain.end();
        }
        if (label != null) {
            Modality labelModality = lexicon.sectionModality(label);
            if (labelModality != null) {
                itemModality = itemModality == null ? labelModality : itemModality;
            } else if (lexicon.illustrativeLabel(label)) {
                illustrative = true;
            } else {
                String subject = lexicon.subjectOf(label);
                if (!subject.isEmpty()) {
                    scope.add(subject);
                }
            }
            pos = labelEnd;
        }
        Modality modality = itemModality != null ? itemModality
                : inherited != null ? inherited
                : source == Unit.Source.LIST_ITEM ? headingModality(block) : null;
        for (int[] sentence : SentenceSplitter.split(text, pos, text.length())) {
            units.add(new Unit(region, sentence[0], sentence[1], source, block, scope, label, modality, illustrative,
                    units.size()));
        }
    }

    private void tableRow(Block block) {
        if (block.level() == 0 || block.cells().isEmpty()) {
            return;
        }
        String[] header = block.info().split("\\|", -1);
        List<Segment> cells = block.cells();
        boolean illustrative = illustrativeContext(block);
        List<String> headings = headingSubjects(block);
        String rowSubject = plainCell(cells.get(0).text());
        for (int i = 0; i < cells.size(); i++) {
            Segment cell = cells.get(i);
            if (cell.text().isBlank()) {
                continue;
            }
            List<String> scope = new ArrayList<>(headings);
            if (i > 0 && !rowSubject.isEmpty()) {
                scope.add(rowSubject);
            }
            Modality column = i < header.length ? lexicon.sectionModality(header[i]) : null;
            TextRegion region = TextRegion.of(cell);
            for (int[] sentence : SentenceSplitter.split(region.text(), 0, region.text().length())) {
                units.add(new Unit(region, sentence[0], sentence[1], Unit.Source.TABLE_CELL, block, scope, null,
                        column, illustrative, units.size()));
            }
        }
    }

    private static String plainCell(String text) {
        return ModalityLexicon.normaliseMarker(text);
    }

    private boolean illustrativeContext(Block block) {
        if (block.quoted()) {
            return true;
        }
        for (String heading : block.headings()) {
            if (illustrativeByHeading.computeIfAbsent(heading, lexicon::illustrativeHeading)) {
                return true;
            }
        }
        for (String tag : block.tags()) {
            if (lexicon.illustrativeTag(tag)) {
                return true;
            }
        }
        return false;
    }

    private List<String> headingSubjects(Block block) {
        List<String> subjects = new ArrayList<>();
        for (String heading : block.headings()) {
            String subject = subjects(heading);
            if (!subject.isEmpty()) {
                subjects.add(subject);
            }
        }
        return subjects;
    }

    private String subjects(String heading) {
        return subjectByHeading.computeIfAbsent(heading, lexicon::subjectOf);
    }

    /** The modality of the innermost heading that is a marker ("### Never", "## What You CANNOT Do"). */
    private Modality headingModality(Block block) {
        List<String> headings = block.headings();
        for (int i = headings.size() - 1; i >= 0; i--) {
            String heading = headings.get(i);
            if (!modalityByHeading.containsKey(heading)) {
                modalityByHeading.put(heading, lexicon.sectionModality(heading));
            }
            Modality modality = modalityByHeading.get(heading);
            if (modality != null) {
                return modality;
            }
        }
        return null;
    }
}

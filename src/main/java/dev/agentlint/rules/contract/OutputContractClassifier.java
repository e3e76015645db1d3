package dev.agentlint.rules.contract;

import dev.agentlint.agent.AgentFile;
import dev.agentlint.data.BundledData;
import dev.agentlint.parse.Block;
import dev.agentlint.text.Ascii;
import dev.agentlint.text.Phrase;
import dev.agentlint.text.PhraseList;
import dev.agentlint.parse.MarkdownBody;
import dev.agentlint.rules.contract.OutputContract.Kind;
import dev.agentlint.rules.contract.OutputContract.Strength;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a prompt says what its agent returns: STRONG when a section (a heading such as
 * {@code ## Output Format}, a bold label used as one, or an XML-like {@code <output_format>} section) or a lead-in
 * followed by a template ("Provide:" and a list, "in the following format:" and a code block) does; WEAK when only
 * a passing phrase ("report back with") or a worked example answer ("Delivery notification: ...", an example
 * section that shows a response) does; NONE otherwise. Code blocks are never read for phrases, and phrases inside
 * example sections are not instructions. The phrases live in {@code dev/agentlint/rules/data/output-contract.yaml}.
 *
 * <p>Stateless and thread-safe.
 */
public final class OutputContractClassifier {

    private static final String RESOURCE = "/dev/agentlint/rules/data/output-contract.yaml";
    /** A label written in bold at the start of a block: {@code **Output format:**}, {@code __Deliverables__}. */
    private static final Pattern BOLD_LABEL = Pattern.compile("^\\s*(?:\\*\\*|__)([^*_\\n]{2,60}?)(?:\\*\\*|__)\\s*:?");
    /** A short paragraph that is only a label ending in a colon: {@code Output format:}. */
    private static final Pattern PLAIN_LABEL = Pattern.compile("^\\s*([A-Za-z][A-Za-z /&()-]{1,50}):\\s*$");
    private static final int LABEL_SECTION_BLOCKS = 5;
    /** Lines that make the rest of a paragraph a template (unfenced JSON after "in this format:"). */
    private static final int TEMPLATE_LINES = 3;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’_-]*");

    private OutputContractClassifier() {
    }

    /** The contract of a file's prompt, classified on first use and kept with the file. */
    public static OutputContract of(AgentFile file) {
        return file.derived(OutputContract.class, f -> classify(f.body()));
    }

    /** Classifies a prompt body. */
    public static OutputContract classify(MarkdownBody body) {
        Data data = Data.INSTANCE;
        List<Block> blocks = body.blocks();
        OutputContract weak = null;
        OutputContract example = null;
        Map<String, Boolean> exampleSections = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            OutputContract tag = tag(block, data);
            if (tag != null) {
                return tag;
            }
            if (block.kind() == Block.Kind.HEADING) {
                String title = block.info();
                if (data.contractTitle(title)) {
                    return new OutputContract(Strength.STRONG, Kind.HEADING, block.span(), title);
                }
                if (example == null && data.example(title, blocks, i)) {
                    example = new OutputContract(Strength.WEAK, Kind.EXAMPLE, block.span(), title);
                }
                if (weak == null && !inExample(block, data, exampleSections)) {
                    String text = block.text();
                    weak = weakPhrase(block, data.phrases.scan(text), data);
                }
                continue;
            }
            if (!isProse(block)) {
                continue;
            }
            String text = block.text();
            String label = label(text, 0, text.length());
            for (int start = 0, end; start < text.length(); start = end + 1) {
                end = text.indexOf('\n', start);
                end = end < 0 ? text.length() : end;
                String lineLabel = label(text, start, end);
                if (lineLabel != null && data.contractTitle(lineLabel)) {
                    return new OutputContract(Strength.STRONG, Kind.HEADING, block.span(), lineLabel);
                }
            }
            if (inExample(block, data, exampleSections)) {
                continue;
            }
            if (label != null && example == null && data.exampleAnswerHeading.matcher(label).find()) {
                example = new OutputContract(Strength.WEAK, Kind.EXAMPLE, block.span(), label);
                continue;
            }
            PhraseList.Scan phrases = data.phrases.scan(text);
            Matcher lead = phrases.match(Data.DELIVERABLE_LEAD);
            if (lead != null && (templateFollows(blocks, i) || templateInside(text, lead.end()))) {
                return new OutputContract(Strength.STRONG, Kind.TEMPLATE, block.spanOf(lead.start(),
                        lead.end() - lead.start()), lead.group().strip());
            }
            Matcher introducer = phrases.match(Data.FORMAT_INTRODUCER);
            if (introducer != null) {
                if (templateFollows(blocks, i) || templateInside(text, introducer.end())) {
                    return new OutputContract(Strength.STRONG, Kind.TEMPLATE, block.spanOf(introducer.start(),
                            introducer.end() - introducer.start()), introducer.group().strip());
                }
                if (weak == null) {
                    weak = phrase(block, introducer);
                }
                continue;
            }
            if (weak == null) {
                weak = weakPhrase(block, phrases, data);
            }
        }
        if (weak != null) {
            return weak;
        }
        return example != null ? example : OutputContract.ABSENT;
    }

    /** How many words of prose (headings, paragraphs, list items, table rows) the body has, counted up to {@code enough}. */
    public static int proseWords(MarkdownBody body, int enough) {
        int words = 0;
        for (Block block : body.blocks()) {
            if (block.kind() == Block.Kind.HEADING || isProse(block)) {
                Matcher word = WORD.matcher(block.text());
                while (words < enough && word.find()) {
                    words++;
                }
            }
            if (words >= enough) {
                break;
            }
        }
        return words;
    }

    private static boolean isProse(Block block) {
        return block.kind() == Block.Kind.PARAGRAPH || block.kind() == Block.Kind.LIST_ITEM
                || block.kind() == Block.Kind.TABLE_ROW;
    }

    private static OutputContract tag(Block block, Data data) {
        for (String name : block.tags()) {
            if (data.strongTag.matcher(name).matches()) {
                return new OutputContract(Strength.STRONG, Kind.TAG, block.span(), "<" + name + ">");
            }
        }
        if (block.kind() == Block.Kind.HTML || block.kind() == Block.Kind.PARAGRAPH) {
            Matcher open = data.inlineTag.matcher(block.text());
            if (open.find()) {
                return new OutputContract(Strength.STRONG, Kind.TAG, block.span(), "<" + open.group(1) + ">");
            }
        }
        return null;
    }

    /**
     * A bold label at the start of the text from {@code start} to {@code end}, or its first line when that is only
     * a label and a colon. No line is copied out of the text unless it is such a label.
     */
    private static String label(String text, int start, int end) {
        int first = skipSpaces(text, start, end);
        if (first < end && (text.charAt(first) == '*' || text.charAt(first) == '_')) {
            Matcher bold = BOLD_LABEL.matcher(text).region(start, end);
            if (bold.lookingAt()) {
                return bold.group(1).strip();
            }
        }
        int lineEnd = text.indexOf('\n', start);
        lineEnd = lineEnd < 0 || lineEnd > end ? end : lineEnd;
        if (!endsWithColon(text, start, lineEnd)) {
            return null;
        }
        Matcher plain = PLAIN_LABEL.matcher(text).region(start, lineEnd);
        return plain.matches() ? plain.group(1) : null;
    }

    /** Where the white space (as {@code \\s} means it) that starts at {@code from} ends, at most at {@code end}. */
    private static int skipSpaces(String text, int from, int end) {
        int at = from;
        while (at < end && Ascii.isPatternSpace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    /** Whether the line from {@code start} to {@code end} ends in a colon and perhaps white space, as labels do. */
    private static boolean endsWithColon(String text, int start, int end) {
        int at = end;
        while (at > start && Ascii.isPatternSpace(text.charAt(at - 1))) {
            at--;
        }
        return at > start && text.charAt(at - 1) == ':';
    }

    /**
     * Whether a block is under a heading of examples. The blocks of a section share its headings, so each heading
     * is matched once per body.
     */
    private static boolean inExample(Block block, Data data, Map<String, Boolean> exampleSections) {
        List<String> headings = block.headings();
        for (int i = 0; i < headings.size(); i++) {
            if (exampleSections.computeIfAbsent(headings.get(i), h -> data.exampleSection.matcher(h).find())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the section that block {@code index} opens (a heading, or a bold label up to the next heading or
     * {@value #LABEL_SECTION_BLOCKS} blocks) shows an answer of the agent.
     */
    private static boolean showsAnswer(List<Block> blocks, int index, Pattern marker) {
        Block opener = blocks.get(index);
        boolean heading = opener.kind() == Block.Kind.HEADING;
        if (!heading && marker.matcher(opener.text()).find()) {
            return true;
        }
        for (int i = index + 1; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.kind() == Block.Kind.HEADING && (!heading || block.level() <= opener.level())) {
                return false;
            }
            if (!heading && i > index + LABEL_SECTION_BLOCKS) {
                return false;
            }
            if (marker.matcher(block.text()).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a code block, list or table comes right after block {@code index} (a template). */
    private static boolean templateFollows(List<Block> blocks, int index) {
        Block introducer = blocks.get(index);
        if (introducer.kind() == Block.Kind.LIST_ITEM && index + 1 < blocks.size()
                && blocks.get(index + 1).kind() == Block.Kind.LIST_ITEM
                && blocks.get(index + 1).level() > introducer.level()) {
            return true;
        }
        if (index + 1 >= blocks.size()) {
            return false;
        }
        Block next = blocks.get(index + 1);
        if (next.kind() == Block.Kind.CODE || next.kind() == Block.Kind.TABLE_ROW || next.kind() == Block.Kind.HTML) {
            return true;
        }
        return next.kind() == Block.Kind.LIST_ITEM && introducer.kind() != Block.Kind.LIST_ITEM;
    }

    /** Whether the block goes on after {@code offset} with a template of several lines (unfenced JSON, a form). */
    private static boolean templateInside(String text, int offset) {
        int lineEnd = text.indexOf('\n', offset);
        if (lineEnd < 0 || !text.substring(offset, lineEnd).strip().matches("[\\w ]{0,30}[:.]?")) {
            return false;
        }
        return text.substring(lineEnd + 1).lines().filter(line -> !line.isBlank()).count() >= TEMPLATE_LINES;
    }

    private static OutputContract weakPhrase(Block block, PhraseList.Scan phrases, Data data) {
        Matcher example = phrases.first(Data.EXAMPLE_PHRASES, data.weakPhrasesFrom);
        if (example != null) {
            return new OutputContract(Strength.WEAK, Kind.EXAMPLE,
                    block.spanOf(example.start(), example.end() - example.start()), example.group().strip());
        }
        Matcher weak = phrases.first(data.weakPhrasesFrom, data.phraseCount);
        return weak == null ? null : phrase(block, weak);
    }

    private static OutputContract phrase(Block block, Matcher match) {
        return new OutputContract(Strength.WEAK, Kind.PHRASE,
                block.spanOf(match.start(), match.end() - match.start()), match.group().strip());
    }

    /** The phrases, read once from the classpath. */
    private static final class Data {

        static final Data INSTANCE = load();

        final Pattern strongHeading;
        final Pattern headingExclusion;
        final Pattern exampleHeading;
        final Pattern exampleAnswerHeading;
        final Pattern answerMarker;
        final Pattern exampleSection;
        final Pattern strongHeadingOverride;
        final Pattern strongTag;
        final Pattern inlineTag;
        /**
         * The deliverable lead, the format introducer, the example phrases and the weak phrases, in this order,
         * found in one pass over a block.
         */
        final PhraseList phrases;
        static final int DELIVERABLE_LEAD = 0;
        static final int FORMAT_INTRODUCER = 1;
        static final int EXAMPLE_PHRASES = 2;
        final int weakPhrasesFrom;
        final int phraseCount;

        private Data(Map<String, Object> data) {
            strongHeading = pattern(data, "strong-heading");
            headingExclusion = pattern(data, "heading-exclusion");
            exampleHeading = pattern(data, "example-heading");
            exampleAnswerHeading = pattern(data, "example-answer-heading");
            answerMarker = pattern(data, "answer-marker");
            exampleSection = pattern(data, "example-section");
            strongHeadingOverride = pattern(data, "strong-heading-override");
            strongTag = pattern(data, "strong-tag");
            inlineTag = Pattern.compile("(?m)^\\s*<(" + text(data, "strong-tag") + ")(?:\\s[^<>]*)?>",
                    Pattern.CASE_INSENSITIVE);
            List<Phrase> all = new ArrayList<>();
            all.add(Phrase.of(text(data, "deliverable-lead")));
            all.add(Phrase.of(text(data, "format-introducer")));
            all.addAll(patterns(data, "example-phrases"));
            weakPhrasesFrom = all.size();
            all.addAll(patterns(data, "weak-phrases"));
            phraseCount = all.size();
            phrases = new PhraseList(all);
        }

        boolean contractTitle(String title) {
            return strongHeadingOverride.matcher(title).find()
                    || (strongHeading.matcher(title).find() && !headingExclusion.matcher(title).find());
        }

        /** Whether a heading or label at block {@code index} opens a worked example of the agent's answer. */
        boolean example(String title, List<Block> blocks, int index) {
            if (exampleAnswerHeading.matcher(title).find()) {
                return true;
            }
            return exampleHeading.matcher(title).find() && showsAnswer(blocks, index, answerMarker);
        }

        private static List<Phrase> patterns(Map<String, Object> data, String key) {
            Object phrases = data.get(key);
            return phrases instanceof List<?> list ? list.stream().map(p -> Phrase.of(String.valueOf(p))).toList()
                    : List.of();
        }

        private static Pattern pattern(Map<String, Object> data, String key) {
            return Pattern.compile(text(data, key), Pattern.CASE_INSENSITIVE);
        }

        private static String text(Map<String, Object> data, String key) {
            Object value = data.get(key);
            if (value == null) {
                throw new IllegalStateException(RESOURCE + " lacks " + key);
            }
            return value.toString().strip();
        }

        @SuppressWarnings("unchecked")
        private static Data load() {
            return new Data((Map<String, Object>) BundledData.load(RESOURCE));
        }
    }
}

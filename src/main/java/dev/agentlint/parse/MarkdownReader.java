package dev.agentlint.parse;

import dev.agentlint.model.SourceText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.internal.InlineParserImpl;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.Parser;

/**
 * Reads a Markdown body with commonmark-java and maps every block back to exact file positions. A line holding
 * only an XML-like tag such as {@code <guardrails>} or {@code </output_format>} opens or closes a section, and
 * the text between such lines is read as ordinary Markdown: agent prompts use these tags as section markers
 * around lists, while CommonMark would swallow what follows {@code <workflow>} into an HTML block and read
 * {@code <output_format>} (a name with an underscore) as paragraph text.
 */
public final class MarkdownReader {

    /**
     * Blocks are read from their source lines, so inline markup is parsed only where its result is used: in the
     * titles of headings. That halves the parse. commonmark-java offers no public way to make its own inline
     * parser, so its implementation class is named here (the version is pinned; MarkdownReaderTest reads titles).
     */
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .inlineParserFactory(context -> {
                // made at the first heading: a parse made for the run between two tag lines often has none
                InlineParser[] titles = new InlineParser[1];
                return (lines, block) -> {
                    if (block instanceof Heading) {
                        if (titles[0] == null) {
                            titles[0] = new InlineParserImpl(context);
                        }
                        titles[0].parse(lines, block);
                    }
                };
            })
            .build();
    private static final Pattern TAG_LINE = Pattern.compile("^\\s{0,3}<(/?)([A-Za-z][A-Za-z0-9_-]*)(\\s[^<>]*)?>\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(`{3,}|~{3,})");
    private static final int MAX_TAG_DEPTH = 32;
    /** HTML elements that never close, so a line holding one is not a section. */
    private static final java.util.Set<String> VOID_ELEMENTS = java.util.Set.of("br", "hr", "img", "wbr", "input",
            "meta", "link", "source", "area", "col", "embed", "param", "track");

    private final SourceText source;
    private final List<Block> blocks = new ArrayList<>();
    private final Deque<String[]> headings = new ArrayDeque<>();
    private final Deque<String> tags = new ArrayDeque<>();

    private MarkdownReader(SourceText source) {
        this.source = source;
    }

    /** Reads the body, which starts at 1-based line {@code firstLine} of {@code source}. */
    public static MarkdownBody read(SourceText source, int firstLine) {
        MarkdownReader reader = new MarkdownReader(source);
        if (firstLine <= source.lineCount()) {
            reader.readSections(firstLine, source.lineCount());
        }
        return new MarkdownBody(reader.blocks);
    }

    /** Splits the lines at tag lines outside fenced code and reads each run between them as Markdown. */
    private void readSections(int fromLine, int toLine) {
        int runStart = fromLine;
        String fence = null;
        String text = source.text();
        Matcher opening = FENCE.matcher(text);
        Matcher tag = TAG_LINE.matcher(text);
        for (int line = fromLine; line <= toLine; line++) {
            int start = source.lineStart(line);
            int end = source.lineEnd(line);
            if (fence == null && opening.region(start, end).lookingAt()) {
                fence = String.valueOf(text.charAt(opening.start(1))).repeat(3);
            } else if (fence != null && startsAfterSpace(text, start, end, fence)) {
                fence = null;
            } else if (fence == null && tag.region(start, end).matches()) {
                if (runStart < line) {
                    readLines(runStart, line - 1);
                }
                applyTag(tag.group(1).isEmpty(), tag.group(2));
                runStart = line + 1;
            }
        }
        if (runStart <= toLine) {
            readLines(runStart, toLine);
        }
    }

    /** Whether the line from {@code start} to {@code end}, leading white space left out, starts with {@code prefix}. */
    private static boolean startsAfterSpace(String text, int start, int end, String prefix) {
        int at = start;
        while (at < end && Character.isWhitespace(text.codePointAt(at))) {
            at += Character.charCount(text.codePointAt(at));
        }
        return at + prefix.length() <= end && text.startsWith(prefix, at);
    }

    private void readLines(int fromLine, int toLine) {
        String text = source.text().substring(source.lineStart(fromLine), source.lineEnd(toLine));
        Node document = PARSER.parse(text);
        visitChildren(document, fromLine - 1, 0, false);
    }

    private void visitChildren(Node parent, int lineOffset, int listDepth, boolean quoted) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            visit(child, lineOffset, listDepth, quoted);
        }
    }

    private void visit(Node node, int lineOffset, int listDepth, boolean quoted) {
        if (node instanceof Heading heading) {
            String title = plainText(heading).strip();
            while (!headings.isEmpty() && Integer.parseInt(headings.peek()[0]) >= heading.getLevel()) {
                headings.pop();
            }
            add(Block.Kind.HEADING, segments(node, lineOffset), heading.getLevel(), title, List.of(), quoted);
            headings.push(new String[] {Integer.toString(heading.getLevel()), title});
        } else if (node instanceof Paragraph) {
            add(Block.Kind.PARAGRAPH, segments(node, lineOffset), 0, "", List.of(), quoted);
        } else if (node instanceof ListBlock) {
            visitChildren(node, lineOffset, listDepth + 1, quoted);
        } else if (node instanceof ListItem) {
            visitListItem(node, lineOffset, listDepth, quoted);
        } else if (node instanceof FencedCodeBlock fenced) {
            add(Block.Kind.CODE, segments(node, lineOffset), 0, infoWord(fenced.getInfo()), List.of(), quoted);
        } else if (node instanceof IndentedCodeBlock) {
            add(Block.Kind.CODE, segments(node, lineOffset), 0, "", List.of(), quoted);
        } else if (node instanceof HtmlBlock) {
            add(Block.Kind.HTML, segments(node, lineOffset), 0, "", List.of(), quoted);
        } else if (node instanceof BlockQuote) {
            visitChildren(node, lineOffset, listDepth, true);
        } else if (node instanceof TableBlock) {
            visitTable(node, lineOffset, quoted);
        } else {
            visitChildren(node, lineOffset, listDepth, quoted);
        }
    }

    private void visitListItem(Node item, int lineOffset, int listDepth, boolean quoted) {
        List<Segment> own = new ArrayList<>();
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph) {
                own.addAll(segments(child, lineOffset));
            }
        }
        if (!own.isEmpty()) {
            add(Block.Kind.LIST_ITEM, own, listDepth, "", List.of(), quoted);
        }
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (!(child instanceof Paragraph)) {
                visit(child, lineOffset, listDepth, quoted);
            }
        }
    }

    private void visitTable(Node table, int lineOffset, boolean quoted) {
        List<String> header = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            boolean head = section instanceof TableHead;
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<Segment> rowSegments = segments(row, lineOffset);
                List<Segment> cells = rowSegments.isEmpty() ? List.of() : cells(rowSegments.get(0));
                if (head) {
                    cells.forEach(cell -> header.add(cell.text()));
                }
                add(Block.Kind.TABLE_ROW, rowSegments, head ? 0 : 1, String.join("|", header), cells, quoted);
            }
        }
    }

    /**
     * The cells of a table row, split at pipes that are neither escaped nor inside code spans, each trimmed and
     * at its exact column (commonmark-java gives cells no source positions of their own).
     */
    static List<Segment> cells(Segment row) {
        String text = row.text();
        List<Segment> cells = new ArrayList<>();
        int start = 0;
        boolean inCode = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '|';
            if (c == '`') {
                inCode = !inCode;
            } else if (c == '\\' && i + 1 < text.length()) {
                i++;
            } else if (c == '|' && (!inCode || i == text.length())) {
                addCell(row, text, start, i, cells);
                start = i + 1;
            }
        }
        if (!cells.isEmpty() && text.stripLeading().startsWith("|") && cells.get(0).text().isEmpty()) {
            cells.remove(0);
        }
        if (!cells.isEmpty() && text.stripTrailing().endsWith("|") && cells.get(cells.size() - 1).text().isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        return cells;
    }

    private static void addCell(Segment row, String text, int from, int to, List<Segment> cells) {
        String raw = text.substring(from, Math.min(to, text.length()));
        String trimmed = raw.strip();
        int offset = trimmed.isEmpty() ? 0 : raw.indexOf(trimmed);
        cells.add(new Segment(row.line(), row.column() + from + offset, trimmed));
    }

    private void applyTag(boolean opening, String name) {
        if (VOID_ELEMENTS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
            return;
        }
        if (opening) {
            if (tags.size() < MAX_TAG_DEPTH) {
                tags.push(name);
            }
        } else if (tags.contains(name)) {
            while (!tags.isEmpty() && !tags.pop().equals(name)) {
                // closes the sections left open inside this one
            }
        }
    }

    private void add(Block.Kind kind, List<Segment> segments, int level, String info, List<Segment> cells,
            boolean quoted) {
        if (segments.isEmpty() && cells.isEmpty()) {
            return;
        }
        List<String> path = new ArrayList<>();
        headings.descendingIterator().forEachRemaining(h -> path.add(h[1]));
        List<String> tagPath = new ArrayList<>(tags);
        java.util.Collections.reverse(tagPath);
        blocks.add(new Block(kind, segments, path, tagPath, level, info, cells, quoted));
    }

    private List<Segment> segments(Node node, int lineOffset) {
        List<Segment> result = new ArrayList<>();
        for (SourceSpan span : node.getSourceSpans()) {
            int line = lineOffset + span.getLineIndex() + 1;
            if (line < 1 || line > source.lineCount()) {
                continue;
            }
            int lineStart = source.lineStart(line);
            int lineLength = source.lineEnd(line) - lineStart;
            int from = Math.min(span.getColumnIndex(), lineLength);
            int to = Math.min(from + span.getLength(), lineLength);
            result.add(new Segment(line, from + 1, source.text().substring(lineStart + from, lineStart + to)));
        }
        return result;
    }

    private static String infoWord(String info) {
        if (info == null) {
            return "";
        }
        String trimmed = info.strip();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }

    private static String plainText(Node node) {
        StringBuilder text = new StringBuilder();
        collectText(node, text);
        return text.toString();
    }

    private static void collectText(Node node, StringBuilder text) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text t) {
                text.append(t.getLiteral());
            } else if (child instanceof Code code) {
                text.append(code.getLiteral());
            } else {
                collectText(child, text);
            }
        }
    }
}

package dev.agentlint.text.analysis;

import dev.agentlint.model.Span;
import dev.agentlint.parse.Block;
import java.util.List;

/**
 * One sentence of prose, of a list item, or one table cell, with what its context says about it: the subject it
 * is about, the modality its section gives it ("### Never", a "Does NOT" column, a "**Never:**" lead-in, ❌), and
 * whether it only illustrates (an example, a template, a quote).
 */
public final class Unit {

    /** Where a unit comes from. */
    public enum Source { PARAGRAPH, LIST_ITEM, TABLE_CELL }

    private final TextRegion region;
    private final int start;
    private final int end;
    private final Source source;
    private final Block block;
    private final List<String> scope;
    private final String label;
    private final Modality sectionModality;
    private final boolean illustrative;
    private final int order;
    private List<Token> tokens = List.of();

    Unit(TextRegion region, int start, int end, Source source, Block block, List<String> scope, String label,
            Modality sectionModality, boolean illustrative, int order) {
        this.region = region;
        this.start = start;
        this.end = end;
        this.source = source;
        this.block = block;
        this.scope = List.copyOf(scope);
        this.label = label;
        this.sectionModality = sectionModality;
        this.illustrative = illustrative;
        this.order = order;
    }

    public TextRegion region() {
        return region;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public String text() {
        return region.text().substring(start, end);
    }

    public Span span() {
        return region.span(start, end);
    }

    public int line() {
        return region.line(start);
    }

    public Source source() {
        return source;
    }

    public Block block() {
        return block;
    }

    /**
     * The subjects the unit is about, outermost first: subject headings ("Postgres MCP"), a table row's first cell
     * ("Routes"), an item label ("Parameterized Queries"). Headings that only name a kind of section are left out.
     */
    public List<String> scope() {
        return scope;
    }

    /** A leading {@code **Label**:} of the item, without its decoration, or {@code null}. */
    public String label() {
        return label;
    }

    /** The modality the unit's section, column, lead-in, label or emoji gives it, or {@code null}. */
    public Modality sectionModality() {
        return sectionModality;
    }

    /** Whether the unit illustrates (an example, a template, a quote) rather than instructs. */
    public boolean illustrative() {
        return illustrative;
    }

    /** The unit's tokens, offsets into {@link #region()}'s text. */
    public List<Token> tokens() {
        return tokens;
    }

    void tokens(List<Token> unitTokens) {
        this.tokens = java.util.Collections.unmodifiableList(unitTokens);
    }

    /** Position in document order. */
    public int order() {
        return order;
    }

    @Override
    public String toString() {
        return line() + ": " + text();
    }
}

package dev.agentlint.parse;

import java.util.List;
import java.util.stream.Stream;

/** The Markdown body of an agent file as blocks in document order. */
public record MarkdownBody(List<Block> blocks) {

    public MarkdownBody {
        blocks = List.copyOf(blocks);
    }

    public Stream<Block> blocks(Block.Kind kind) {
        return blocks.stream().filter(b -> b.kind() == kind);
    }
}

package dev.agentlint.engine;

import dev.agentlint.model.Finding;

/** A finding a suppression comment silenced, with the reason the comment gives (possibly empty). */
public record SuppressedFinding(Finding finding, String justification) {
}

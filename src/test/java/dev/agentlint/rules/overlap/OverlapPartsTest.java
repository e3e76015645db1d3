package dev.agentlint.rules.overlap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OverlapPartsTest {

    @Test
    void stemsShareAKeyAcrossInflections() {
        assertEquals(Words.stem("implement"), Words.stem("implementation"));
        assertEquals(Words.stem("implement"), Words.stem("implementer"));
        assertEquals(Words.stem("implement"), Words.stem("implements"));
        assertEquals(Words.stem("review"), Words.stem("reviewer"));
        assertEquals("api", Words.stem("apis"));
    }

    @Test
    void keysDropStopWordsAndNumbers() {
        assertEquals(List.of("build", "fastapi", Words.stem("services")),
                Words.keys("Use this agent to build the 3 FastAPI services"));
    }

    @Test
    void technologiesAreCaseSensitiveSoReActIsNotReact() {
        FacetMatcher matcher = FacetMatcher.get();
        assertTrue(matcher.find("Builds React components").technologies().contains("React"));
        assertFalse(matcher.find("Use the ReAct pattern and react to errors").technologies().contains("React"));
    }

    @Test
    void guardedSpellingsDoNotCountAtTheStartOfASentence() {
        FacetMatcher matcher = FacetMatcher.get();
        assertFalse(matcher.find("Go through the list. Then stop.").technologies().contains("Go"));
        assertTrue(matcher.find("Builds services in Go and Rust").technologies().contains("Go"));
    }

    @Test
    void technologiesImplyTheirDomains() {
        FacetMatcher.Found found = FacetMatcher.get().find("Implements FastAPI services");
        assertTrue(found.actions().contains("implement"));
        assertTrue(found.domains().containsAll(Set.of("backend", "api")));
    }

    @Test
    void examplesAreReducedToTheUsersRequests() {
        String reduced = ProfileBuilder.reduceDescription("Implements backend code.\n<example>\nContext: a plan "
                + "exists\nuser: \"Add a created_at field\"\nassistant: \"I'll use the backend-coder agent\"\n"
                + "<commentary>simple task</commentary>\n</example>");
        assertTrue(reduced.contains("Implements backend code."));
        assertTrue(reduced.contains("Add a created_at field"));
        assertFalse(reduced.contains("assistant"));
        assertFalse(reduced.contains("simple task"));
        assertFalse(reduced.contains("Context"));
    }

    @Test
    void whatFollowsANegationIsLeftOut() {
        assertEquals("Builds APIs, ", ProfileBuilder.positivePart("Builds APIs, not React frontends"));
        assertEquals("", ProfileBuilder.positivePart("Never touch the frontend"));
    }

    @Test
    void cosineIsOneForEqualDocumentsAndZeroForDisjointOnes() {
        List<TermCounts> documents = List.of(TermCounts.of(List.of("fastapi", "python", "fastapi")),
                TermCounts.of(List.of("python", "fastapi", "fastapi")), TermCounts.of(List.of("react")));
        TermVectors vectors = new TermVectors(documents, d -> d);
        assertEquals(1.0, vectors.cosine(0, 1), 1e-9);
        assertEquals(0.0, vectors.cosine(0, 2), 1e-9);
    }

    @Test
    void overlapCoefficientUsesTheSmallerSet() {
        assertEquals(1.0, OverlapAnalysis.overlap(Set.of("a"), Set.of("a", "b", "c")), 1e-9);
        assertEquals(0.0, OverlapAnalysis.overlap(Set.of(), Set.of("a")), 1e-9);
    }

    @Test
    void dictionariesLoadEverySection() {
        Dictionaries dictionaries = Dictionaries.get();
        assertTrue(dictionaries.actions().containsKey("implement"));
        assertTrue(dictionaries.technologies().containsKey("FastAPI"));
        assertTrue(dictionaries.slots().stream().anyMatch(s -> s.id().equals("python-type-checker")));
        assertTrue(dictionaries.metrics().stream().anyMatch(m -> m.id().equals("coverage")));
        assertTrue(dictionaries.topics().stream().anyMatch(t -> t.id().equals("comments")));
    }
}

package dev.agentlint.rules.overlap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * TF-IDF vectors of a set of documents (log term frequency, smoothed inverse document frequency), L2-normalised, so
 * the cosine of two documents is a dot product of sparse vectors. Terms are numbered in sorted order and vectors are
 * sorted arrays, so every score is the same on every machine.
 */
final class TermVectors {

    /** {@code 1 + ln(count)} for the counts most terms have, worked out once: scoring pairs asks for them often. */
    private static final double[] LOG_COUNTS = new double[256];

    static {
        for (int count = 1; count < LOG_COUNTS.length; count++) {
            LOG_COUNTS[count] = 1 + Math.log(count);
        }
    }

    private final int documents;
    /**
     * Per document, its term ids ascending (packed) and its term counts (in the same order), and its vector's
     * length.
     */
    private final byte[][] ids;
    private final TermCounts[] counts;
    private final double[] norms;
    /** The inverse document frequency of each term id. */
    private final double[] idfs;
    /** Every term in sorted order, so a term's id is its index. */
    private final String[] terms;

    <T> TermVectors(List<T> items, Function<T, TermCounts> termsOf) {
        documents = items.size();
        Map<String, Integer> termIds = new HashMap<>();
        for (T item : items) {
            for (String term : termsOf.apply(item).keySet()) {
                termIds.merge(term, 1, Integer::sum);
            }
        }
        terms = termIds.keySet().toArray(String[]::new);
        Arrays.sort(terms);
        int[] documentFrequencies = new int[terms.length];
        for (int i = 0; i < terms.length; i++) {
            documentFrequencies[i] = termIds.put(terms[i], i);
        }
        idfs = new double[terms.length];
        for (int i = 0; i < terms.length; i++) {
            idfs[i] = idf(documentFrequencies[i]);
        }
        ids = new byte[documents][];
        counts = new TermCounts[documents];
        norms = new double[documents];
        for (int d = 0; d < documents; d++) {
            TermCounts termsOfDocument = termsOf.apply(items.get(d));
            int[] termIdsOf = new int[termsOfDocument.size()];
            int k = 0;
            for (String term : termsOfDocument.keySet()) {
                termIdsOf[k++] = termIds.get(term);
            }
            // the counts hold their keys in sorted order, the order ids are given in: id order is already key order
            double norm = 0;
            for (int i = 0; i < termIdsOf.length; i++) {
                double w = rawWeight(termsOfDocument.count(i), termIdsOf[i]);
                norm += w * w;
            }
            ids[d] = PackedIds.pack(termIdsOf);
            counts[d] = termsOfDocument;
            norms[d] = Math.sqrt(norm);
        }
    }

    /**
     * A term's weight before normalisation. Weights are worked out when asked for rather than stored: a run over
     * thousands of agents would otherwise hold a double for every term of every agent.
     */
    private double rawWeight(int count, int termId) {
        return (count < LOG_COUNTS.length ? LOG_COUNTS[count] : 1 + Math.log(count)) * idfs[termId];
    }

    /** A term's weight in a document's normalised vector, by its id and its position in the document's ids. */
    private double weight(int document, PackedIds.Cursor term) {
        double norm = norms[document];
        double w = rawWeight(counts[document].count(term.at()), term.id());
        return norm > 0 ? w / norm : w;
    }

    private PackedIds.Cursor cursor(int document) {
        return new PackedIds.Cursor(ids[document], counts[document].size());
    }

    /** Smoothed inverse document frequency: rare terms weigh more, a term in every document still counts a little. */
    private double idf(int documentFrequency) {
        return Math.log((documents + 1.0) / (documentFrequency + 1.0)) + 1.0;
    }

    /** How many distinct terms the documents hold; their ids run from 0 to one less. */
    int terms() {
        return terms.length;
    }

    /** A document's term ids, ascending. */
    int[] termIds(int document) {
        return PackedIds.unpack(ids[document], counts[document].size());
    }

    /** The cosine of two documents, by index. */
    public double cosine(int a, int b) {
        PackedIds.Cursor i = cursor(a);
        PackedIds.Cursor j = cursor(b);
        double sum = 0;
        while (!i.done() && !j.done()) {
            if (i.id() == j.id()) {
                sum += weight(a, i) * weight(b, j);
                i.advance();
                j.advance();
            } else if (i.id() < j.id()) {
                i.advance();
            } else {
                j.advance();
            }
        }
        return Math.min(1.0, sum);
    }

    /** A term two documents share, and the product of its weights in them. */
    record SharedTerm(String term, double product) {
    }

    /** The terms two documents share, in term order. */
    List<SharedTerm> shared(int a, int b) {
        PackedIds.Cursor i = cursor(a);
        PackedIds.Cursor j = cursor(b);
        List<SharedTerm> shared = new ArrayList<>();
        while (!i.done() && !j.done()) {
            if (i.id() == j.id()) {
                shared.add(new SharedTerm(terms[i.id()], weight(a, i) * weight(b, j)));
                i.advance();
                j.advance();
            } else if (i.id() < j.id()) {
                i.advance();
            } else {
                j.advance();
            }
        }
        return shared;
    }
}

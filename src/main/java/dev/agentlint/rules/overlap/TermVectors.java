package dev.agentlint.rules.overlap;

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
public final class TermVectors {

    private final int documents;
    /** Per document, its term ids ascending and how often each occurs, and the length of its weight vector. */
    private final int[][] ids;
    private final int[][] counts;
    private final double[] norms;
    /** The inverse document frequency of each term id. */
    private final double[] idfs;
    /**
     * Each term's id, its position among all terms in sorted order; while the vectors are built, first how many
     * documents hold the term (one map for both, since a large run has hundreds of thousands of terms).
     */
    private final Map<String, Integer> termIds = new HashMap<>();
    /** In how many documents each term id occurs. */
    private final int[] documentFrequencies;

    public <T> TermVectors(List<T> items, Function<T, Map<String, Integer>> termsOf) {
        documents = items.size();
        for (T item : items) {
            for (String term : termsOf.apply(item).keySet()) {
                termIds.merge(term, 1, Integer::sum);
            }
        }
        String[] sorted = termIds.keySet().toArray(String[]::new);
        Arrays.sort(sorted);
        documentFrequencies = new int[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            documentFrequencies[i] = termIds.put(sorted[i], i);
        }
        idfs = new double[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            idfs[i] = idf(sorted[i]);
        }
        ids = new int[documents][];
        counts = new int[documents][];
        norms = new double[documents];
        for (int d = 0; d < documents; d++) {
            Map<String, Integer> terms = termsOf.apply(items.get(d));
            int[] termIdsOf = new int[terms.size()];
            int k = 0;
            for (String term : terms.keySet()) {
                termIdsOf[k++] = termIds.get(term);
            }
            Arrays.sort(termIdsOf);
            int[] countsOf = new int[termIdsOf.length];
            double norm = 0;
            for (int i = 0; i < termIdsOf.length; i++) {
                countsOf[i] = terms.get(sorted[termIdsOf[i]]);
                double w = rawWeight(countsOf[i], termIdsOf[i]);
                norm += w * w;
            }
            ids[d] = termIdsOf;
            counts[d] = countsOf;
            norms[d] = Math.sqrt(norm);
        }
    }

    /**
     * A term's weight before normalisation. Weights are worked out when asked for rather than stored: a run over
     * thousands of agents would otherwise hold a double for every term of every agent.
     */
    private double rawWeight(int count, int termId) {
        return (1 + Math.log(count)) * idfs[termId];
    }

    /** A term's weight in a document's normalised vector, by its position in the document's ids. */
    private double weightAt(int document, int at) {
        double norm = norms[document];
        double w = rawWeight(counts[document][at], ids[document][at]);
        return norm > 0 ? w / norm : w;
    }

    /** Smoothed inverse document frequency: rare terms weigh more, a term in every document still counts a little. */
    public double idf(String term) {
        int df = documentFrequency(term);
        return Math.log((documents + 1.0) / (df + 1.0)) + 1.0;
    }

    public int documentFrequency(String term) {
        Integer id = termIds.get(term);
        return id == null ? 0 : documentFrequencies[id];
    }

    public int documents() {
        return documents;
    }

    /** The cosine of two documents, by index. */
    public double cosine(int a, int b) {
        int[] ia = ids[a];
        int[] ib = ids[b];
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < ia.length && j < ib.length) {
            if (ia[i] == ib[j]) {
                sum += weightAt(a, i++) * weightAt(b, j++);
            } else if (ia[i] < ib[j]) {
                i++;
            } else {
                j++;
            }
        }
        return Math.min(1.0, sum);
    }

    /** The weight of a term in a document's normalised vector, 0 when absent. */
    public double weight(int document, String term) {
        Integer id = termIds.get(term);
        if (id == null) {
            return 0;
        }
        int at = Arrays.binarySearch(ids[document], id);
        return at >= 0 ? weightAt(document, at) : 0;
    }
}

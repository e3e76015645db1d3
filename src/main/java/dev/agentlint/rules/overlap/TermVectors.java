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

    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final int documents;
    private final int[][] ids;
    private final double[][] weights;
    private final Map<String, Integer> termIds = new HashMap<>();

    public <T> TermVectors(List<T> items, Function<T, Map<String, Integer>> termsOf) {
        documents = items.size();
        for (T item : items) {
            for (String term : termsOf.apply(item).keySet()) {
                documentFrequency.merge(term, 1, Integer::sum);
            }
        }
        String[] sorted = documentFrequency.keySet().toArray(String[]::new);
        Arrays.sort(sorted);
        for (int i = 0; i < sorted.length; i++) {
            termIds.put(sorted[i], i);
        }
        ids = new int[documents][];
        weights = new double[documents][];
        for (int d = 0; d < documents; d++) {
            Map<String, Integer> terms = termsOf.apply(items.get(d));
            int[] termIdsOf = new int[terms.size()];
            int k = 0;
            for (String term : terms.keySet()) {
                termIdsOf[k++] = termIds.get(term);
            }
            Arrays.sort(termIdsOf);
            double[] w = new double[termIdsOf.length];
            double norm = 0;
            for (int i = 0; i < termIdsOf.length; i++) {
                String term = sorted[termIdsOf[i]];
                w[i] = (1 + Math.log(terms.get(term))) * idf(term);
                norm += w[i] * w[i];
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < w.length && norm > 0; i++) {
                w[i] /= norm;
            }
            ids[d] = termIdsOf;
            weights[d] = w;
        }
    }

    /** Smoothed inverse document frequency: rare terms weigh more, a term in every document still counts a little. */
    public double idf(String term) {
        int df = documentFrequency.getOrDefault(term, 0);
        return Math.log((documents + 1.0) / (df + 1.0)) + 1.0;
    }

    public int documentFrequency(String term) {
        return documentFrequency.getOrDefault(term, 0);
    }

    public int documents() {
        return documents;
    }

    /** The cosine of two documents, by index. */
    public double cosine(int a, int b) {
        int[] ia = ids[a];
        int[] ib = ids[b];
        double[] wa = weights[a];
        double[] wb = weights[b];
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < ia.length && j < ib.length) {
            if (ia[i] == ib[j]) {
                sum += wa[i++] * wb[j++];
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
        return at >= 0 ? weights[document][at] : 0;
    }
}

package dev.agentlint.model;

import java.util.Arrays;

/**
 * Some lines of a file, each as {@link SourceText#line} gives it: the lines a report's code frames show, kept
 * without the rest of the text.
 */
public final class SourceLines {

    public static final SourceLines NONE = new SourceLines(new int[0], new String[0]);

    private final int[] numbers;
    private final String[] texts;

    /** Line {@code numbers[i]} (1-based, ascending, each once) has the text {@code texts[i]}. */
    public SourceLines(int[] numbers, String[] texts) {
        if (numbers.length != texts.length) {
            throw new IllegalArgumentException(numbers.length + " line numbers for " + texts.length + " lines");
        }
        for (int i = 0; i < numbers.length; i++) {
            if (numbers[i] < 1 || i > 0 && numbers[i] <= numbers[i - 1] || texts[i] == null) {
                throw new IllegalArgumentException("line numbers must be ascending from 1, each with a text");
            }
        }
        this.numbers = numbers.clone();
        this.texts = texts.clone();
    }

    /** The lines of {@code source} numbered in {@code wanted}, in any order; numbers past its end are left out. */
    public static SourceLines of(SourceText source, int[] wanted) {
        int[] numbers = Arrays.stream(wanted).filter(n -> n >= 1 && n <= source.lineCount()).sorted().distinct()
                .toArray();
        String[] texts = new String[numbers.length];
        for (int i = 0; i < numbers.length; i++) {
            texts[i] = source.line(numbers[i]);
        }
        return new SourceLines(numbers, texts);
    }

    /** The text of a line, or null when it is not one of these. */
    public String line(int number) {
        int index = Arrays.binarySearch(numbers, number);
        return index >= 0 ? texts[index] : null;
    }

    /** Whether every line of {@code wanted} is one of these. */
    public boolean hasAll(int[] wanted) {
        for (int number : wanted) {
            if (Arrays.binarySearch(numbers, number) < 0) {
                return false;
            }
        }
        return true;
    }

    public int size() {
        return numbers.length;
    }

    /** The number of the {@code index}th line, in ascending order. */
    public int number(int index) {
        return numbers[index];
    }

    /** The text of the {@code index}th line, in ascending order. */
    public String text(int index) {
        return texts[index];
    }
}

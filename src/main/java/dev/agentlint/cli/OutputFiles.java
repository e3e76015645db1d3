package dev.agentlint.cli;

import java.io.BufferedWriter;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;

/** Writes report files so that a reader never sees half of one. */
final class OutputFiles {

    private OutputFiles() {
    }

    static void writeAtomically(Path target, String content) throws IOException {
        writeAtomically(target, out -> out.write(content));
    }

    /**
     * Writes what {@code content} prints to a temporary file beside {@code target} and moves it into place once
     * it is whole; a large report goes to the file as it is made instead of being held in memory first.
     */
    static void writeAtomically(Path target, Consumer<PrintWriter> content) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(directory, "." + target.getFileName() + ".", ".tmp");
        try {
            // encoded as standard output is, a character that UTF-8 cannot hold as '?', rather than refused
            Writer encoder = new OutputStreamWriter(Files.newOutputStream(temporary), StandardCharsets.UTF_8);
            try (ErrorKeepingWriter file = new ErrorKeepingWriter(new BufferedWriter(encoder));
                    PrintWriter out = new PrintWriter(file)) {
                content.accept(out);
                out.flush();
                file.throwFirstError();
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Keeps the first error of the file under it, which a {@link PrintWriter} only flags, so it can be reported. */
    private static final class ErrorKeepingWriter extends FilterWriter {

        private IOException first;

        ErrorKeepingWriter(Writer file) {
            super(file);
        }

        @Override
        public void write(int c) throws IOException {
            try {
                super.write(c);
            } catch (IOException e) {
                throw kept(e);
            }
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            try {
                super.write(chars, offset, length);
            } catch (IOException e) {
                throw kept(e);
            }
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            try {
                super.write(text, offset, length);
            } catch (IOException e) {
                throw kept(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                super.flush();
            } catch (IOException e) {
                throw kept(e);
            }
        }

        private IOException kept(IOException e) {
            if (first == null) {
                first = e;
            }
            return e;
        }

        void throwFirstError() throws IOException {
            if (first != null) {
                throw first;
            }
        }
    }
}

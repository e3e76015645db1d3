package dev.agentlint.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.function.Consumer;

/** Writes report files so that a reader never sees half of one. */
final class OutputFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

    private OutputFiles() {
    }

    /**
     * Writes what {@code content} prints to a temporary file beside {@code target} and moves it into place once
     * it is whole; a large report goes to the file as it is made instead of being held in memory first.
     */
    static void writeAtomically(Path target, Consumer<PrintWriter> content) throws IOException {
        writeBytesAtomically(target, bytes -> {
            // encoded as standard output is, a character that UTF-8 cannot hold as '?', rather than refused
            Writer encoder = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
            try (ErrorKeepingWriter file = new ErrorKeepingWriter(new BufferedWriter(encoder));
                    PrintWriter out = new PrintWriter(file)) {
                content.accept(out);
                out.flush();
                file.throwFirstError();
            }
        });
    }

    /** Writes bytes to a file. */
    @FunctionalInterface
    interface ByteContent {
        void writeTo(OutputStream file) throws IOException;
    }

    /** As {@link #writeAtomically}, for content written as bytes. */
    static void writeBytesAtomically(Path target, ByteContent content) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Path temporary = newFileBeside(directory, "." + target.getFileName() + ".");
        try {
            keepPermissions(target, temporary);
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
                content.writeTo(file);
            }
            moveIntoPlace(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Replaces {@code target} with {@code from} in one step where the file system can, so no reader sees half. */
    static void moveIntoPlace(Path from, Path target) throws IOException {
        try {
            Files.move(from, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * A new empty file, made as any new file is (the umask decides who may read it), unlike a temporary file, which
     * only its owner may read.
     */
    private static Path newFileBeside(Path directory, String prefix) throws IOException {
        for (int attempt = 1; ; attempt++) {
            Path file = directory.resolve(prefix + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            try {
                Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return file;
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }

    /** A file replaced keeps who may read and write it, where the file system has such permissions. */
    private static void keepPermissions(Path target, Path temporary) throws IOException {
        if (Files.exists(target)
                && Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
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

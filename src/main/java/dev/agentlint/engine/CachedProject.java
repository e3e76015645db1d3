package dev.agentlint.engine;

import dev.agentlint.cache.EntryReader;
import dev.agentlint.cache.EntryWriter;
import dev.agentlint.io.ChunkedBytes;
import dev.agentlint.model.Finding;
import java.util.ArrayList;
import java.util.List;

/** The result cache's entry of what project rules found in each of a run's files, in the run's order of files. */
final class CachedProject {

    private CachedProject() {
    }

    /** The entry, in pieces: at 20,000 files it is 13.5 MB, which a run that fills the cache spills as it is. */
    static ChunkedBytes write(List<List<Finding>> findingsOfFiles) {
        EntryWriter out = new EntryWriter();
        out.writeList(findingsOfFiles, (o, findings) -> o.writeList(findings, CachedFile::write));
        return out.pieces();
    }

    /**
     * The findings of each file of {@code paths}, each file's path read as the string given; null when there is no
     * entry or it does not fit the run.
     */
    static List<List<Finding>> read(byte[] data, List<String> paths) {
        if (data == null) {
            return null;
        }
        try {
            EntryReader in = new EntryReader(data);
            int files = in.readCount();
            if (files != paths.size()) {
                return null;
            }
            List<List<Finding>> findingsOfFiles = new ArrayList<>(files);
            for (String path : paths) {
                findingsOfFiles.add(in.readList(r -> CachedFile.readFinding(r, path)));
            }
            in.expectEnd();
            return findingsOfFiles;
        } catch (RuntimeException e) {
            return null;
        }
    }
}

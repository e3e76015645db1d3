package dev.agentlint.engine;

import dev.agentlint.model.Finding;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * What the project rules found in the run a cache was saved by, read and decoded on the pool from the start of a
 * run that will most likely reuse it (13.5 MB at 20,000 files), so that the work overlaps restoring the files
 * instead of following it.
 */
final class StoredProjectFindings {

    private ForkJoinTask<List<List<Finding>>> reading;

    /** Starts reading the entry stored under {@code key}, for a run of the files of {@code paths}. */
    StoredProjectFindings(ResultCache cache, byte[] key, List<String> paths) {
        reading = ForkJoinPool.commonPool().submit(() -> CachedProject.read(cache.lookupProject(key), paths));
    }

    /** The findings of each file, or null when the entry is missing or does not fit the run; given once. */
    List<List<Finding>> take() {
        ForkJoinTask<List<List<Finding>>> read = reading;
        reading = null;
        return read == null ? null : read.join();
    }

    /** Lets go of findings the run turned out not to need, which would otherwise be held while the rules run. */
    void drop() {
        if (reading != null) {
            reading.cancel(false);
            reading = null;
        }
    }
}

package org.attache.cli;

import org.attache.actors.ActorDictionary;
import org.attache.actors.DictionaryConflict;
import org.attache.actors.DictionaryLoad;
import org.attache.actors.ImportReport;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code --actors FILE} options of the commands: what loading the extra dictionaries did, told on stderr as one
 * summary line, with every skipped line, note and conflict under {@code --verbose}.
 */
final class ActorFiles {
    private ActorFiles() {
    }

    /** The files as one key: absolute, normalised, in order. */
    static List<Path> normalise(List<Path> files) {
        return files == null ? List.of() : files.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }

    /** One line for all loads (nothing when no file was loaded); details when {@code verbose}. */
    static void report(ActorDictionary dictionary, PrintWriter err, boolean verbose) {
        List<DictionaryLoad> loads = dictionary.loads();
        if (loads.isEmpty()) {
            return;
        }
        int entries = 0;
        int skipped = 0;
        int notes = 0;
        int replaced = 0;
        int conflicts = 0;
        StringBuilder files = new StringBuilder();
        for (DictionaryLoad load : loads) {
            ImportReport report = load.report();
            entries += report.entries();
            skipped += report.count(ImportReport.Disposition.SKIPPED);
            notes += report.notes().size();
            replaced += load.replaced();
            conflicts += load.conflicts().size();
            files.append(files.length() > 0 ? ", " : "").append(report.source()).append(" (")
                    .append(report.entries()).append(')');
        }
        err.println("attache: actors: loaded " + files + ": " + entries + " entries, " + skipped + " lines skipped, "
                + notes + " notes; " + replaced + " earlier phrases overridden, " + conflicts + " of them with a different"
                + " code (later files win)" + (verbose ? "" : "; --verbose lists them"));
        if (verbose) {
            for (DictionaryLoad load : loads) {
                ImportReport report = load.report();
                err.println("attache: actors: " + report.summary());
                for (ImportReport.Issue issue : report.skipped()) {
                    err.println("  skipped " + issue.describe());
                }
                for (ImportReport.Issue issue : report.notes()) {
                    err.println("  note " + issue.describe());
                }
                for (DictionaryConflict conflict : load.conflicts()) {
                    err.println("  conflict " + conflict.describe());
                }
            }
        }
        err.flush();
    }
}

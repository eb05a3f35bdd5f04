package org.attache.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns the {@code --input} URIs into the files to read, on the driver, in the order {@code attache ingest} reads them:
 * the URIs in the order given; a directory's files recursively, sorted by path, only those of a known format; a glob's
 * matches sorted by path. Any Hadoop file system works (file:, hdfs:, s3a: with its connector on the class path).
 */
final class InputListing {
    /** The files, and the URIs that named nothing readable. */
    record Result(List<InputFile> files, List<JobError> errors) {
    }

    private InputListing() {
    }

    static Result list(List<String> uris, Configuration conf) {
        List<InputFile> files = new ArrayList<>();
        List<JobError> errors = new ArrayList<>();
        for (String uri : uris) {
            try {
                Path path = new Path(uri);
                FileSystem fs = path.getFileSystem(conf);
                FileStatus[] matches = fs.globStatus(path);
                if (matches == null || matches.length == 0) {
                    errors.add(new JobError(uri, 0, "list", "no such file or directory"));
                    continue;
                }
                List<FileStatus> found = new ArrayList<>();
                for (FileStatus match : matches) {
                    if (match.isDirectory()) {
                        found.addAll(under(fs, match.getPath()));
                    } else {
                        found.add(match);
                    }
                }
                found.sort(Comparator.comparing(s -> s.getPath().toString()));
                for (FileStatus status : found) {
                    if (files.size() >= Ordering.MAX_FILES) {
                        errors.add(new JobError(status.getPath().toString(), 0, "list",
                                "more than " + Ordering.MAX_FILES + " input files in one run; not read"));
                        continue;
                    }
                    files.add(new InputFile(files.size(), status.getPath().toString(), status.getLen()));
                }
            } catch (IOException | IllegalArgumentException e) {
                errors.add(new JobError(uri, 0, "list", "cannot list: " + e.getMessage()));
            }
        }
        return new Result(files, errors);
    }

    private static List<FileStatus> under(FileSystem fs, Path directory) throws IOException {
        List<FileStatus> files = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> all = fs.listFiles(directory, true);
        while (all.hasNext()) {
            LocatedFileStatus status = all.next();
            String name = status.getPath().getName();
            if (status.isFile() && InputFormats.readerFor(name) != null) {
                files.add(status);
            }
        }
        return files;
    }
}

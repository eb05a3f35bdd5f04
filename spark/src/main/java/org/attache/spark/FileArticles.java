package org.attache.spark;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.attache.ingest.Article;
import org.attache.ingest.ArticlePreparation;
import org.attache.ingest.ArticleReader;
import org.attache.ingest.ArticleSink;
import org.attache.ingest.IngestError;
import org.attache.ingest.InputRejectedException;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.zip.GZIPInputStream;

/**
 * Reads one input file in a task: the attache-core reader for its format gets the file's stream (gunzipped for
 * {@code .jsonl.gz}/{@code .txt.gz}), and what it reports becomes a stream of articles and errors. The core readers
 * push to a sink; a reader thread and a small queue turn that into the iterator Spark pulls, so a multi-gigabyte WARC or
 * JSONL file is never held in memory.
 */
final class FileArticles implements Iterator<FileArticles.Item> {
    /** An article read, or an error; exactly one is set. */
    record Item(SourcedArticle article, JobError error) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** Same cap as {@code attache ingest} for formats read whole (text, HTML). */
    static final long MAX_WHOLE_FILE_BYTES = 64L * 1024 * 1024;

    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(64);
    private final ArticlePreparation preparation = new ArticlePreparation(true);
    private final Thread reader;
    private Object next;

    FileArticles(InputFile file, HadoopConfiguration conf, LocalDate dateForUndated) {
        this.reader = new Thread(() -> {
            try {
                read(file, conf, dateForUndated);
                offer(END);
            } catch (Stopped stopped) {
                // the task is over; nobody reads the queue any more
            } catch (Throwable t) {
                try {
                    error(file.uri(), 0, "reading failed: " + t);
                    offer(END);
                } catch (Stopped stopped) {
                    // ditto
                }
            }
        }, "attache-read-" + file.index());
        reader.setDaemon(true);
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) context -> reader.interrupt()); // a killed task stops its reader
        }
        reader.start();
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                reader.interrupt();
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading", e);
            }
        }
        return next != END;
    }

    @Override
    public Item next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Item item = (Item) next;
        next = null;
        return item;
    }

    private void read(InputFile file, HadoopConfiguration conf, LocalDate dateForUndated) {
        String name = file.uri();
        ArticleReader articleReader = InputFormats.readerForNamedFile(new Path(name).getName());
        Position position = new Position();
        if (file.length() > MAX_WHOLE_FILE_BYTES && !InputFormats.streams(articleReader)) {
            error(name, 0, "larger than " + (MAX_WHOLE_FILE_BYTES >> 20) + " MB; not read");
            return;
        }
        ArticleSink sink = new ArticleSink() {
            @Override
            public void article(Article read) {
                // cleaned, dated by its dateline and checked for English exactly as attache code and ingest do
                Article article = preparation.prepare(read, dateForUndated, (skipped, reason) -> { });
                if (article == null) {
                    return;
                }
                Article dated = article.published() == null && dateForUndated != null
                        ? article.withPublished(dateForUndated, "cli") : article;
                position.line = lineOf(article.input(), position.line);
                if (position.sequence >= Ordering.MAX_ARTICLES_PER_FILE) {
                    FileArticles.this.error(name, position.line, "more than " + Ordering.MAX_ARTICLES_PER_FILE
                            + " articles in one file; not read");
                    return;
                }
                offer(new Item(SourcedArticle.of(Ordering.article(file.index(), position.sequence++), dated), null));
            }

            @Override
            public void error(IngestError error) {
                position.line = Math.max(position.line, error.line());
                FileArticles.this.error(error.input(), error.line(), error.reason());
            }
        };
        try {
            Path path = new Path(name);
            FileSystem fs = path.getFileSystem(conf.get());
            try (InputStream raw = fs.open(path)) {
                InputStream in = new BufferedInputStream(raw, 1 << 16);
                if (InputFormats.gzipped(name)) {
                    in = new GZIPInputStream(in, 1 << 16);
                }
                articleReader.read(name, in, sink);
            }
        } catch (InputRejectedException e) {
            error(name, e.line(), e.getMessage());
        } catch (IOException | RuntimeException e) {
            if (e instanceof Stopped s) {
                throw s;
            }
            String where = position.line > 0 ? " after line " + position.line : "";
            error(name, 0, "cannot read" + where + ": " + e);
        }
    }

    private void error(String input, long line, String reason) {
        offer(new Item(null, new JobError(input, line, "read", reason)));
    }

    private void offer(Object item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            throw new Stopped();
        }
    }

    /** The JSONL reader names an article's input "file:line"; other readers name the file only. */
    private static long lineOf(String input, long previous) {
        int colon = input == null ? -1 : input.lastIndexOf(':');
        if (colon < 0) {
            return previous;
        }
        try {
            return Long.parseLong(input.substring(colon + 1));
        } catch (NumberFormatException e) {
            return previous;
        }
    }

    private static final class Position {
        long line;
        long sequence;
    }

    /** The consuming task ended; the reader thread unwinds. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}

package org.attache.ingest;

import java.io.IOException;
import java.io.InputStream;

/** Reads articles of one input format. */
public interface ArticleReader {

    /**
     * Reads every article of {@code in}, reporting each bad record to the sink and going on with the next one.
     *
     * @throws IOException           when the stream itself cannot be read
     * @throws InputRejectedException when the whole input is unusable (binary, empty, wrong encoding)
     */
    void read(String inputName, InputStream in, ArticleSink sink) throws IOException;
}

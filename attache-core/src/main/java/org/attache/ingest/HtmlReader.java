package org.attache.ingest;

import org.jsoup.Jsoup;

import java.io.IOException;
import java.io.InputStream;

/** A saved HTML page (strict UTF-8); what is kept of it is {@link HtmlArticleExtractor}'s business. */
public final class HtmlReader implements ArticleReader {
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    @Override
    public void read(String inputName, InputStream in, ArticleSink sink) throws IOException {
        String html = TextDecoder.decode(in.readAllBytes());
        Article article = extractor.extract(Jsoup.parse(html), ArticleIds.fromInputName(inputName), inputName, null);
        if (article == null) {
            throw new InputRejectedException("HTML page has no text");
        }
        sink.article(article);
    }
}

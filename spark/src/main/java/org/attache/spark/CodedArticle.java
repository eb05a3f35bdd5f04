package org.attache.spark;

import org.attache.store.ArticleRecord;
import org.attache.store.MentionRow;

import java.io.Serializable;
import java.util.List;

/** A coded article: its place in ingest order, what the store keeps of it, and its event records in order. */
record CodedArticle(long order, ArticleRecord record, List<MentionRow> mentions) implements Serializable {
}

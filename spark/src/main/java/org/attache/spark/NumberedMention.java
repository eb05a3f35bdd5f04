package org.attache.spark;

import org.attache.store.ArticleRecord;
import org.attache.store.MentionRow;

import java.io.Serializable;

/** An event record with its mention id (its rank in ingest order, as {@code attache ingest} numbers mentions). */
record NumberedMention(long id, ArticleRecord article, MentionRow mention) implements Serializable {
}

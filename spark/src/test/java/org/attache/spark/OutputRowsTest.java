package org.attache.spark;

import org.apache.spark.sql.types.StructField;
import org.attache.store.Interchange;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The job's mention rows carry the store's interchange columns in the export's order; ordering keys stay apart. */
class OutputRowsTest {
    @Test
    void mentionColumnsAreTheInterchangeColumnsThenThePartitionColumn() {
        List<String> expected = new ArrayList<>(Interchange.MENTION_COLUMNS);
        expected.addAll(Interchange.OPTIONAL_COLUMNS);
        expected.addAll(Interchange.EXTRA_COLUMNS);
        expected.add("event_date");
        assertThat(Arrays.stream(OutputRows.MENTIONS.fields()).map(StructField::name)).containsExactlyElementsOf(expected);
    }

    @Test
    void orderKeysSortByFileThenArticleThenMention() {
        long a = Ordering.article(0, Ordering.MAX_ARTICLES_PER_FILE - 1);
        long b = Ordering.article(1, 0);
        assertThat(Ordering.mention(a, Ordering.MAX_MENTIONS_PER_ARTICLE - 1)).isLessThan(Ordering.mention(b, 0));
        assertThat(Ordering.mention(Ordering.article(Ordering.MAX_FILES - 1, Ordering.MAX_ARTICLES_PER_FILE - 1),
                Ordering.MAX_MENTIONS_PER_ARTICLE - 1)).isPositive();
        assertThat(Ordering.article(3, 7)).isLessThan(Ordering.article(3, 8));
    }
}

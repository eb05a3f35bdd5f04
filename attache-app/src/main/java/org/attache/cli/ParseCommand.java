package org.attache.cli;

import org.attache.ingest.DateParsing;
import org.attache.nlp.ConlluWriter;
import org.attache.nlp.CoreNlpParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/** {@code attache parse}: shows how the parser reads a text, as CoNLL-U with entity types and time values. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Print the parse of a text as CoNLL-U (to see why a sentence was or was not coded).")
public final class ParseCommand implements Callable<Integer> {

    @Parameters(arity = "1", paramLabel = "TEXT", description = "The text to parse.")
    String text;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Date for resolving relative time expressions.")
    String date;

    @Override
    public Integer call() {
        System.out.print(ConlluWriter.write(new CoreNlpParser().parse(text, DateParsing.parseDate(date))));
        return 0;
    }
}

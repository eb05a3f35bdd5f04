package org.attache.evaluation;

import java.util.Map;

/** The result of scoring one gold set: a readable report and the same metrics as a JSON-ready map. */
public interface EvaluationReport {

    /** The gold format, as the command line names it ({@code plover}, {@code conflibert-class}...). */
    String format();

    /** Ordered maps, lists, strings, numbers and nulls only (undefined ratios are null). */
    Map<String, Object> metrics();

    String text();
}

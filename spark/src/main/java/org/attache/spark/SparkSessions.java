package org.attache.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

import java.util.Map;

/** The Spark session a command runs in: the cluster spark-submit names, else local mode with the given master. */
final class SparkSessions {
    private SparkSessions() {
    }

    static SparkSession start(String appName, String defaultMaster, Map<String, String> settings) {
        SparkConf conf = new SparkConf().setAppName(appName);
        if (!conf.contains("spark.master")) {
            conf.setMaster(defaultMaster);
        }
        // Parquet timestamps as DuckDB writes and reads them (64-bit microseconds, no time zone).
        conf.set("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
        conf.set("spark.sql.session.timeZone", "UTC");
        // A speculative copy of a slow coding task would only parse the same articles again.
        conf.setIfMissing("spark.speculation", "false");
        conf.setIfMissing("spark.sql.debug.maxToStringFields", "200"); // the mention rows have 58 columns
        settings.forEach(conf::set);
        return SparkSession.builder().config(conf).getOrCreate();
    }
}

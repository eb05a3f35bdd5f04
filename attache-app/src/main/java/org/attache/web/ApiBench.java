package org.attache.web;

import org.attache.store.Store;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The API's benchmark ({@code attache bench-api}, docs/BENCHMARKS.md): requests over real HTTP to a server on this
 * machine, timed from sending the request to having read the whole answer, as a client sees them.
 */
public final class ApiBench {
    /** What is timed: name → path and query. The first two carry the targets of issue 7. */
    public static final Map<String, String> REQUESTS = requests();

    private final PrintWriter out;

    public ApiBench(PrintWriter out) {
        this.out = out;
    }

    private static Map<String, String> requests() {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("dyad series, monthly USA -> PAK", "/api/dyads/USA/PAK/series?period=month");
        r.put("events, first page (50)", "/api/events");
        r.put("dyad series, weekly USA <-> PAK", "/api/dyads/USA/PAK/series?period=week&direction=both");
        r.put("events, first page, actor=PAK", "/api/events?actor=PAK");
        r.put("events, first page, dyad=USA,PAK root=19", "/api/events?dyad=USA,PAK&root=19");
        r.put("events, page 3 by cursor", null);
        r.put("events, first page, q=sentence of synthetic event 4242", "/api/events?q=synthetic%20event%204242");
        r.put("top dyads, 30 days", "/api/dyads/top?period=30d");
        return r;
    }

    /** Serves the store and times each request {@code runs} times after {@code warmUp} untimed runs; medians in ms. */
    public Map<String, Double> run(Store store, int warmUp, int runs) {
        Map<String, Double> medians = new LinkedHashMap<>();
        HttpClient http = HttpClient.newHttpClient();
        try (WebServer server = new WebServer(store, null).start("127.0.0.1", 0)) {
            String base = "http://127.0.0.1:" + server.port();
            for (Map.Entry<String, String> request : REQUESTS.entrySet()) {
                String path = request.getValue() != null ? request.getValue() : thirdPage(http, base);
                double[] times = new double[runs];
                int status = 0;
                long bytes = 0;
                long cpuStart = 0;
                for (int i = -warmUp; i < runs; i++) {
                    if (i == 0) {
                        cpuStart = processCpuNanos();
                    }
                    long start = System.nanoTime();
                    HttpResponse<String> response = send(http, base + path);
                    double ms = (System.nanoTime() - start) / 1e6;
                    status = response.statusCode();
                    bytes = response.body().length();
                    if (status != 200) {
                        throw new IllegalStateException(path + " answered " + status + ": " + response.body());
                    }
                    if (i >= 0) {
                        times[i] = ms;
                    }
                }
                double cpu = (processCpuNanos() - cpuStart) / 1e6 / runs;
                Arrays.sort(times);
                double median = times[runs / 2];
                medians.put(request.getKey(), median);
                out.printf(Locale.ROOT, "%-55s median %6.1f ms  p90 %6.1f ms  max %6.1f ms  cpu %6.1f ms/request"
                                + "  (%d runs, %,d chars)%n", request.getKey(), median,
                        times[(int) Math.floor(runs * 0.9)], times[runs - 1], cpu, runs, bytes);
                out.flush();
            }
        }
        return medians;
    }

    /**
     * CPU time of this whole process (server, DuckDB's threads and the client alike): unlike wall time, it hardly
     * grows when other processes load the machine.
     */
    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static String thirdPage(HttpClient http, String base) {
        String path = "/api/events";
        for (int page = 1; page < 3; page++) {
            String body = send(http, base + path).body();
            int at = body.indexOf("\"next_cursor\":\"");
            String cursor = body.substring(at + 15, body.indexOf('"', at + 15));
            path = "/api/events?cursor=" + cursor;
        }
        return path;
    }

    private static HttpResponse<String> send(HttpClient http, String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}

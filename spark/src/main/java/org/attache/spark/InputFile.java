package org.attache.spark;

import java.io.Serializable;

/**
 * One input file of a run: its place in ingest order ({@code index}: the order {@code attache ingest} would read it
 * in), its fully qualified URI and its size in bytes.
 */
record InputFile(int index, String uri, long length) implements Serializable {
}

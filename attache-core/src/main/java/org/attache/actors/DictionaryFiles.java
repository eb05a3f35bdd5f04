package org.attache.actors;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an extra dictionary file in whichever format it is written, told by (in this order):
 * <ol>
 *   <li>a header line {@code # attache-format: countries|seats|organisations|sectors|people|tabari-actors|tabari-agents};</li>
 *   <li>the bundled files' header comment, {@code # Columns (TAB-separated): code, names, adjectives, capitals}
 *       (countries), {@code phrase, code} (seats), {@code code, group, sector, base, names} (organisations),
 *       {@code phrase, sector} (sectors), or a first line starting {@code person<TAB>} (people);</li>
 *   <li>the file name: {@code *.actors.txt} / {@code *.actors}, {@code *.agents.txt} / {@code *.agents}, or a name
 *       containing countries, seats, organisations (organizations), sectors or people;</li>
 *   <li>the content: {@code [CODE]} brackets make a TABARI/PETRARCH file, an agents file when its codes carry
 *       {@code ~}.</li>
 * </ol>
 */
public final class DictionaryFiles {
    private static final Pattern FORMAT_LINE = Pattern.compile("^#\\s*attache-format\\s*:\\s*(\\S+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern COLUMNS_LINE = Pattern.compile("^#\\s*Columns[^:]*:\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BRACKET_CODE = Pattern.compile("\\[\\s*(~?)[A-Za-z0-9/-]+(~?)[\\s\\]<>0-9-]");

    private DictionaryFiles() {
    }

    /** Reads {@code file}, detecting its format. */
    public static DictionaryImport read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such file");
        }
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (lower.contains("discards") || lower.contains("verbs") || lower.contains("issues")) {
            throw new IOException(file + ": PETRARCH discard, verb and issue lists are not actor dictionaries");
        }
        String text = TabariDictionaryReader.read(file);
        DictionaryFormat format = detect(file.getFileName().toString(), text);
        if (format == null) {
            throw new IOException(file + ": cannot tell the dictionary format; add a first line"
                    + " '# attache-format: FORMAT' (countries, seats, organisations, sectors, people, tabari-actors"
                    + " or tabari-agents)");
        }
        return read(file.getFileName().toString(), format, text);
    }

    /** Reads {@code text} in the given format; {@code source} names it in origins and reports. */
    public static DictionaryImport read(String source, DictionaryFormat format, String text) {
        return switch (format) {
            case TABARI_ACTORS -> TabariDictionaryReader.readActors(source, text);
            case TABARI_AGENTS -> TabariDictionaryReader.readAgents(source, text);
            default -> AttacheDictionaryReader.read(source, format, text);
        };
    }

    /** The format of a file with this name and text, or null when nothing tells. */
    public static DictionaryFormat detect(String fileName, String text) {
        List<String> lines = text.lines().limit(400).toList();
        for (String line : lines) {
            Matcher m = FORMAT_LINE.matcher(line.strip());
            if (m.find()) {
                DictionaryFormat format = DictionaryFormat.byLabel(m.group(1));
                if (format != null) {
                    return format;
                }
            }
        }
        for (String line : lines) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                if (trimmed.startsWith("person\t")) {
                    return DictionaryFormat.PEOPLE;
                }
                break;
            }
            Matcher m = COLUMNS_LINE.matcher(trimmed);
            if (m.find()) {
                DictionaryFormat format = byColumns(m.group(1));
                if (format != null) {
                    return format;
                }
            }
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".actors.txt") || name.endsWith(".actors")) {
            return DictionaryFormat.TABARI_ACTORS;
        }
        if (name.endsWith(".agents.txt") || name.endsWith(".agents")) {
            return DictionaryFormat.TABARI_AGENTS;
        }
        for (DictionaryFormat format : List.of(DictionaryFormat.COUNTRIES, DictionaryFormat.SEATS,
                DictionaryFormat.ORGANISATIONS, DictionaryFormat.SECTORS, DictionaryFormat.PEOPLE)) {
            if (name.contains(format.label()) || (format == DictionaryFormat.ORGANISATIONS && name.contains("organizations"))) {
                return format;
            }
        }
        int plain = 0;
        int tilde = 0;
        for (String line : lines) {
            Matcher m = BRACKET_CODE.matcher(line + " ");
            if (!line.strip().startsWith("#") && m.find()) {
                if (m.group(1).isEmpty() && m.group(2).isEmpty()) {
                    plain++;
                } else {
                    tilde++;
                }
            }
        }
        if (plain + tilde == 0) {
            return null;
        }
        return tilde > plain ? DictionaryFormat.TABARI_AGENTS : DictionaryFormat.TABARI_ACTORS;
    }

    private static DictionaryFormat byColumns(String columns) {
        String c = columns.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        if (c.startsWith("code,names,adjectives,capitals")) {
            return DictionaryFormat.COUNTRIES;
        }
        if (c.startsWith("code,group,sector,base,names")) {
            return DictionaryFormat.ORGANISATIONS;
        }
        if (c.startsWith("phrase,code")) {
            return DictionaryFormat.SEATS;
        }
        if (c.startsWith("phrase,sector")) {
            return DictionaryFormat.SECTORS;
        }
        return null;
    }
}

package org.attache.cli;

import org.attache.actors.ActorDictionary;
import org.attache.actors.ActorMatcher;
import org.attache.actors.DatedRole;
import org.attache.actors.DictionaryEntry;
import org.attache.actors.DictionaryFiles;
import org.attache.actors.DictionaryImport;
import org.attache.actors.ImportReport;
import org.attache.evaluation.CountryCodes;
import org.attache.ingest.DateParsing;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code attache actors}: look into the actor dictionaries, the bundled ones and extra files: what a phrase is
 * coded as (at a date), which entries belong to a country, and what reading a dictionary file did with its lines.
 */
@Command(name = "actors", mixinStandardHelpOptions = true,
        description = "Look up actors in the dictionaries (bundled and --actors files) and check dictionary files.",
        subcommands = {ActorsCommand.Lookup.class, ActorsCommand.ListEntries.class, ActorsCommand.Check.class,
                CommandLine.HelpCommand.class})
public final class ActorsCommand implements Runnable {
    static final int NOT_FOUND = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Options shared by lookup and list: the extra dictionaries and how much to say about loading them. */
    static class DictionaryOptions {
        @Option(names = "--actors", paramLabel = "FILE",
                description = "An extra actor dictionary (Attaché's own format or TABARI/PETRARCH); repeatable, later"
                        + " files override earlier ones and the bundled dictionaries.")
        List<Path> actorFiles;

        @Option(names = "--verbose", description = "List every skipped dictionary line, note and conflict of --actors files.")
        boolean verbose;

        ActorDictionary load(CommandLine.Model.CommandSpec spec) {
            try {
                ActorDictionary dictionary = ActorDictionary.bundledWith(ActorFiles.normalise(actorFiles));
                ActorFiles.report(dictionary, spec.commandLine().getErr(), verbose);
                return dictionary;
            } catch (IOException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--actors: " + e.getMessage());
            }
        }
    }

    static LocalDate date(CommandLine.Model.CommandSpec spec, String text) {
        if (text == null) {
            return null;
        }
        LocalDate date = DateParsing.parseDate(text);
        if (date == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--date '" + text + "' is not a date (use YYYY-MM-DD)");
        }
        return date;
    }

    /** {@code attache actors lookup PHRASE [--date D]}. */
    @Command(name = "lookup", mixinStandardHelpOptions = true,
            description = "Print what a phrase is coded as: the code, the role with its dates (all roles without"
                    + " --date; a capital's are when it is the government and when a mere place), and the"
                    + " dictionary file and line it came from.")
    static final class Lookup implements Callable<Integer> {
        @Parameters(arity = "1", paramLabel = "PHRASE", description = "The name or phrase, as in a text (any case).")
        String phrase;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Only the role held on this date.")
        String date;

        @CommandLine.Mixin
        DictionaryOptions options = new DictionaryOptions();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            LocalDate on = date(spec, date);
            ActorDictionary dictionary = options.load(spec);
            PrintWriter out = spec.commandLine().getOut();
            List<DictionaryEntry> entries = dictionary.lookup(phrase);
            if (entries.isEmpty()) {
                String meant = new ActorMatcher(dictionary).stateNameMisspeltAs(phrase.strip());
                spec.commandLine().getErr().println("attache: no dictionary entry for \"" + phrase + "\""
                        + (meant == null ? "" : "; in text tagged as a place or people it is read as \"" + meant
                        + "\" (one typing slip)"));
                spec.commandLine().getErr().flush();
                return NOT_FOUND;
            }
            for (DictionaryEntry entry : entries) {
                out.println(entry.phrase() + " (" + kind(entry) + ", " + entry.origin() + ")");
                if (entry.roles().isEmpty()) {
                    out.println("  " + code(entry));
                    continue;
                }
                // a person's roles, or what a capital with a dated tenure stands for when
                if (on != null) {
                    out.println("  on " + on + ": " + onDate(entry, on, dictionary));
                } else {
                    for (DatedRole role : entry.roles()) {
                        out.println("  " + role(role));
                    }
                }
            }
            out.flush();
            return 0;
        }
    }

    /** {@code attache actors list [--country C] [--date D]}. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List dictionary entries (tab-separated: kind, phrase, code or roles, origin), those of one"
                    + " country with --country.")
    static final class ListEntries implements Callable<Integer> {
        @Option(names = "--country", paramLabel = "CODE",
                description = "Only entries of this country or group code (PAK, USA, IGO...), armed groups and"
                        + " movements based there, people with a role there.")
        String country;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD",
                description = "Only people with a role (of --country, if given) on this date; that role is shown.")
        String date;

        @CommandLine.Mixin
        DictionaryOptions options = new DictionaryOptions();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            LocalDate on = date(spec, date);
            String wanted = country == null ? null : country.toUpperCase(Locale.ROOT);
            ActorDictionary dictionary = options.load(spec);
            CountryCodes bases = CountryCodes.bundled(); // an armed group is listed under the country it is based in
            PrintWriter out = spec.commandLine().getOut();
            List<DictionaryEntry> entries = new ArrayList<>(dictionary.entries());
            entries.sort(Comparator.comparing((DictionaryEntry e) -> e.kind().ordinal())
                    .thenComparing(e -> e.phrase().toLowerCase(Locale.ROOT)));
            int listed = 0;
            for (DictionaryEntry entry : entries) {
                String codes;
                if (entry.kind() == DictionaryEntry.Kind.PERSON) {
                    List<DatedRole> roles = entry.roles().stream()
                            .filter(r -> wanted == null || wanted.equals(r.country()))
                            .filter(r -> on == null || r.heldOn(on)).toList();
                    if (on != null) {
                        DatedRole current = entry.roleOn(on);
                        roles = current != null && roles.contains(current) ? List.of(current) : List.of();
                    }
                    if (roles.isEmpty()) {
                        continue;
                    }
                    List<String> shown = new ArrayList<>();
                    for (DatedRole role : roles) {
                        shown.add(role.code() + " " + dates(role));
                    }
                    codes = String.join(", ", shown);
                } else {
                    // a capital whose tenure is dated: as it stands on the date, else every period
                    DictionaryEntry dated = on == null ? entry : entry.on(on);
                    boolean ofCountry = wanted == null || wanted.equals(dated.country())
                            || (dated.code() != null && dated.code().startsWith(wanted))
                            || dated.roles().stream().anyMatch(r -> wanted.equals(r.country()))
                            || (entry.kind() == DictionaryEntry.Kind.ORGANISATION && wanted.equals(bases.base(entry.code())));
                    if (!ofCountry || (on != null && entry.kind() == DictionaryEntry.Kind.SECTOR)) {
                        continue;
                    }
                    codes = dated.roles().isEmpty() ? code(dated) : String.join(", ",
                            dated.roles().stream().map(r -> r.code() + " " + dates(r)).toList());
                }
                out.println(kind(entry) + "\t" + entry.phrase() + "\t" + codes + "\t" + entry.origin());
                listed++;
            }
            out.flush();
            spec.commandLine().getErr().println("attache: " + listed + " entr" + (listed == 1 ? "y" : "ies"));
            spec.commandLine().getErr().flush();
            return 0;
        }
    }

    /** {@code attache actors check FILE...}: what reading each file did with its lines. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Read dictionary files and report: the format found, counts of entries and roles, every"
                    + " skipped line with its reason (file:line: reason), and notes with --notes.")
    static final class Check implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "FILE", description = "Dictionary files (any supported format).")
        List<Path> files;

        @Option(names = "--notes", description = "Also list the lines read with a caveat.")
        boolean notes;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            int failed = 0;
            for (Path file : files) {
                DictionaryImport imported;
                try {
                    imported = DictionaryFiles.read(file);
                } catch (IOException e) {
                    err.println("attache: " + e.getMessage());
                    failed++;
                    continue;
                }
                ImportReport report = imported.report();
                out.println(report.summary());
                StringBuilder lines = new StringBuilder("  lines:");
                for (ImportReport.Disposition d : ImportReport.Disposition.values()) {
                    lines.append(' ').append(d.name().toLowerCase(Locale.ROOT)).append(' ').append(report.count(d));
                }
                out.println(lines);
                for (Map.Entry<String, Integer> reason : report.skippedByReason().entrySet()) {
                    out.println("  skipped " + reason.getValue() + ": " + reason.getKey());
                }
                for (ImportReport.Issue issue : report.skipped()) {
                    out.println("  " + issue.describe());
                }
                if (notes) {
                    for (ImportReport.Issue issue : report.notes()) {
                        out.println("  note " + issue.describe());
                    }
                }
            }
            out.flush();
            err.flush();
            return failed > 0 ? 1 : 0;
        }
    }

    private static String kind(DictionaryEntry entry) {
        return switch (entry.kind()) {
            case SECTOR -> "sector word";
            case NON_ACTOR -> "not a political actor";
            default -> entry.kind().name().toLowerCase(Locale.ROOT);
        };
    }

    private static String code(DictionaryEntry entry) {
        if (entry.kind() == DictionaryEntry.Kind.SECTOR) {
            return "sector " + entry.sector() + gloss(entry.sector());
        }
        if (entry.kind() == DictionaryEntry.Kind.NON_ACTOR) {
            return "no code: events of these people are not coded";
        }
        String code = entry.code() != null ? entry.code()
                : entry.sector() == null ? entry.country() : entry.country() + entry.sector();
        return code + (entry.sector() != null ? gloss(entry.sector()) : "");
    }

    /**
     * What a person is coded as on a date: the role held; else their nationality (before the first role or between
     * two), which a title in the text's noun phrase gives a sector; else nothing (after the last role has ended).
     */
    private static String onDate(DictionaryEntry person, LocalDate on, ActorDictionary dictionary) {
        DatedRole role = person.roleOn(on);
        if (role != null) {
            return role(role);
        }
        DatedRole national = person.nationalRoleNear(on, dictionary::isState);
        if (national == null) {
            LocalDate lastEnd = person.roles().stream().map(DatedRole::end).filter(java.util.Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(null);
            return "no role (not coded as an actor on that date" + (lastEnd != null && lastEnd.isBefore(on)
                    ? ": the last listed role ended " + lastEnd : ": no role with a state's code") + ")";
        }
        return "no role; national of " + national.country() + ", coded " + national.country() + " (a title before"
                + " the name adds its sector: \"President ...\" " + national.country() + "GOV)"
                + "\n    nearest role: " + role(national);
    }

    private static String role(DatedRole role) {
        String description = role.description() == null || role.description().isBlank()
                ? sectorName(role.sector()) : role.description();
        return role.code() + "  " + dates(role) + (description.isEmpty() ? "" : "  " + description)
                + "  [" + role.origin() + "]";
    }

    /** "2018-08-18 to 2022-04-10", "from 2025-01-20", "until 1991-12-25", "otherwise" (an imported default code). */
    static String dates(DatedRole role) {
        boolean openStart = role.start().equals(LocalDate.MIN);
        if (openStart && role.end() == null) {
            return "otherwise";
        }
        if (openStart) {
            return "until " + role.end();
        }
        return role.end() == null ? "from " + role.start() : role.start() + " to " + role.end();
    }

    /** " (government)" for GOV..., the first three letters of a sector glossed; empty when unknown. */
    static String gloss(String sector) {
        String name = sectorName(sector);
        return name.isEmpty() ? "" : " (" + name + ")";
    }

    static String sectorName(String sector) {
        if (sector == null || sector.length() < 3) {
            return "";
        }
        return switch (sector.substring(0, 3)) {
            case "GOV" -> "government";
            case "MIL" -> "military";
            case "COP" -> "police";
            case "JUD" -> "judiciary";
            case "LEG" -> "legislature";
            case "OPP" -> "opposition";
            case "REB" -> "rebels";
            case "INS" -> "insurgents";
            case "SPY" -> "intelligence";
            case "MED" -> "media";
            case "BUS" -> "business";
            case "CVL" -> "civilians";
            case "REF" -> "refugees";
            case "HRI" -> "human rights";
            case "EDU" -> "education";
            case "HLH" -> "health";
            case "ELI" -> "elite (former officials)";
            case "LAB" -> "labour";
            case "AGR" -> "agriculture";
            case "CRM" -> "criminals";
            case "REL" -> "religious";
            case "DEV" -> "development";
            case "ENV" -> "environment";
            case "UAF" -> "unaligned armed forces";
            case "PTY" -> "political party";
            case "IGO" -> "intergovernmental organisation";
            case "NGO" -> "non-governmental organisation";
            default -> "";
        };
    }
}

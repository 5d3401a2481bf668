package uk.cml.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.UkFormats;
import uk.cml.domain.Words;
import uk.cml.domain.UkDates;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.letters.pack.EvidencePackBuilder;
import uk.cml.letters.pack.PackAssembler;
import uk.cml.letters.pack.PackCancelledException;
import uk.cml.letters.pack.PackContents;
import uk.cml.letters.pack.PackFor;
import uk.cml.letters.pack.PackPeriod;
import uk.cml.letters.pack.PackProgress;
import uk.cml.letters.pack.PackSection;
import uk.cml.letters.pack.RecordsSeal;
import uk.cml.safety.CheckReport;
import uk.cml.safety.Progress;

/**
 * {@code export-pack --to FILE [--from DATE] [--until DATE] [--for cms|ice|mp|tribunal]}: the whole evidence pack of
 * the first case, no window; for the CMS unless {@code --for} says otherwise ({@link PackFor}).
 */
final class PackCommand {

    /** About 600 pages of tables: more than anyone at the CMS or a tribunal will read, and a safe size to build. */
    static final long MAX_ENTRIES = 20_000;

    private PackCommand() {
    }

    /**
     * How many dated entries the period holds, counted by SQLite before anything is loaded: a period with a
     * million imported payments is refused with a message instead of filling the memory.
     */
    static long entriesIn(AppServices services, long caseId, PackPeriod period) {
        String[][] dated = {{"payment", "paid_on"}, {"call_log", "happened_at"}, {"note", "happened_on"}};
        return services.database.read(c -> {
            long total = 0;
            for (String[] table : dated) {
                try (var count = c.prepareStatement("SELECT count(*) FROM " + table[0] + " WHERE case_id = ? AND "
                        + "deleted_at IS NULL AND substr(" + table[1] + ", 1, 10) BETWEEN ? AND ?")) {
                    count.setLong(1, caseId);
                    count.setString(2, period.from().toString());
                    count.setString(3, period.until().toString());
                    try (var row = count.executeQuery()) {
                        total += row.next() ? row.getLong(1) : 0;
                    }
                }
            }
            return total;
        });
    }

    /**
     * The records' fingerprint for the pack's last page, with what Check records finds now: the fingerprint alone
     * cannot show a record changed outside the app, so the pack says what the check found beside it. Reads every
     * record and stored file: never on the JavaFX thread. The fingerprint printed is the one the check compared.
     */
    static Optional<RecordsSeal> seal(AppServices services) {
        // Quick entry's words checked first, as the Overview and the Payments page do on reading: a due come since
        // can make them untrue with no record changed, and the fingerprint must be of the records the pack prints.
        LocalDate today = LocalDate.now(services.clock);
        for (CaseFile caseFile : services.cases.cases()) {
            uk.cml.store.PaymentRecords records = services.payments.records(caseFile.id());
            if (records.hasPlan()) {
                services.payments.keepQuickEntryWordsTrue(caseFile.id(), records, records.schedule(today));
            }
        }
        CheckReport report = services.safety.check(Progress.NONE);
        return Optional.of(new RecordsSeal(report.fingerprint().shortForm(), report.journalEntries(),
                report.problems().size(), report.anchorRestarts().stream()
                .map(r -> new RecordsSeal.Restart(r.when(), r.entries())).toList()));
    }

    /** The stores the pack is gathered from, with the same timeline sources as the Timeline page. */
    static PackStores stores(AppServices services) {
        return new PackStores(services.cases, services.payments, services.calls, services.sentLetters,
                services.receivedLetters, services.documents, services.notes, services.standing,
                services.timelineSources());
    }

    static int run(CommandLine commandLine, Path dataFolder, Clock clock, PrintStream out, PrintStream err) {
        Path target = Path.of(commandLine.option("to").orElseThrow(() -> new IllegalArgumentException(
                Words.text("cli.pack.sayWhere")))).toAbsolutePath();
        if (Files.exists(target)) {
            err.println(Words.text("cli.pack.fileExists", target));
            return 1;
        }
        Optional<LocalDate> from = commandLine.option("from").map(text -> date(text, "--from"));
        Optional<LocalDate> until = commandLine.option("until").map(text -> date(text, "--until"));
        PackFor madeFor = commandLine.option("for").map(text -> PackFor.ofOption(text).orElseThrow(
                () -> new IllegalArgumentException(Words.text("cli.pack.forWhom")))).orElse(PackFor.CMS);
        try (AppServices services = AppServices.open(dataFolder, clock)) {
            List<CaseFile> cases = services.cases.cases();
            if (cases.isEmpty()) {
                err.println(Words.text("cli.pack.noCase", dataFolder));
                return 1;
            }
            long caseId = cases.get(0).id();
            PackAssembler assembler = new PackAssembler(stores(services), services.clock);
            PackPeriod whole = assembler.wholeHistory(caseId);
            // Up to today, as the page allows: checked before the period is made, so a --from after today is told
            // so in the page's words about From (PackPeriod#fromRefusal), not that the end is before the start, nor
            // in the until date's words (PackPeriod#refusal) when no --until was given.
            LocalDate today = LocalDate.now(services.clock);
            List<String> refused = java.util.stream.Stream.of(
                    PackPeriod.fromRefusal(from.orElse(whole.from()), today),
                    PackPeriod.refusal(until.orElse(today), today)).flatMap(Optional::stream).toList();
            if (!refused.isEmpty()) {
                err.println(String.join(" ", refused) + " " + Words.text("cli.pack.untilToday"));
                return 1;
            }
            PackPeriod period = new PackPeriod(from.orElse(whole.from()), until.orElse(whole.until()));
            long entries = entriesIn(services, caseId, period);
            if (entries > MAX_ENTRIES) {
                err.println(Words.text("cli.pack.tooMany", period.describe(), UkFormats.count(entries),
                        UkFormats.count(MAX_ENTRIES)));
                return 1;
            }
            Optional<RecordsSeal> seal = seal(services);
            PackContents contents = assembler.assemble(caseId, period, EnumSet.allOf(PackSection.class), seal, false,
                    madeFor);
            EvidencePackBuilder.Result result = new EvidencePackBuilder().build(contents, target, PackProgress.NONE,
                    () -> false);
            out.println(Words.text("cli.pack.saved", period.describe(), result.pageCount(), target));
            seal.filter(s -> !s.allMatch()).ifPresent(s -> err.println(s.mismatches() == 1
                    ? Words.text("cli.pack.checkFoundOne") : Words.text("cli.pack.checkFound", s.mismatches())));
            result.problems().forEach(problem -> err.println(Words.text("cli.pack.couldNotInclude", problem)));
            return 0;
        } catch (IOException e) {
            err.println(Words.text("cli.pack.notSaved", target, e.getMessage()));
            return 1;
        } catch (PackCancelledException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private static LocalDate date(String text, String option) {
        return UkDates.parse(text).or(() -> {
            try {
                return Optional.of(LocalDate.parse(text.strip()));
            } catch (java.time.format.DateTimeParseException e) {
                return Optional.empty();
            }
        }).orElseThrow(() -> new IllegalArgumentException(option + " takes a date such as 22/11/2026."));
    }
}

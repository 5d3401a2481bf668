package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.preflight.ValidationResult;
import org.apache.pdfbox.preflight.parser.PreflightParser;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.cml.domain.calendar.DueDate;
import uk.cml.letters.LetterPdfRenderer;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterFrame;
import uk.cml.letters.templates.LetterTemplate;
import uk.cml.letters.templates.LetterTemplates;

/**
 * Every letter, for three made-up cases, made into a PDF and read back as a caseworker would: no doubled words, no
 * unfilled or mis-cased fill-ins, every date one the facts or the calendar gave, the recipient exactly as the address
 * book has it, the request box on page 1, and a valid PDF/A-1b file.
 */
@DisplayName("Every letter, read back from its PDF")
class EveryLetterReadBackTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-15T10:00:00Z"), ZoneId.of("Europe/London"));
    private static final LetterPdfRenderer RENDERER = new LetterPdfRenderer(CLOCK);
    private static final Pattern DATE = Pattern.compile(
            "\\b(\\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December"
                    + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\\d{4})\\b");
    /** Case-sensitive, so a table's "Date due" beside its "Due" column is not taken for "team team". */
    private static final Pattern DOUBLED = Pattern.compile("\\b([A-Za-z]+)\\s+\\1\\b");
    private static final Pattern MARKER = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern CAPITAL_AFTER = Pattern.compile("\\b(would|to) ([A-Z][a-z]+)");
    /** Words that keep their capital after "to": names of bodies and of the CMS's services. */
    private static final Set<String> PROPER = Set.of("Collect", "Direct", "Child", "Independent", "Parliamentary",
            "Information", "CMS");

    @TempDir
    static Path folder;
    private static AppServices services;
    private static LetterRecipients book;

    @BeforeAll
    static void openAddressBook() {
        services = AppServices.open(folder.resolve("data"), CLOCK);
        book = new LetterRecipients(services);
    }

    @AfterAll
    static void close() throws Exception {
        services.close();
    }

    static Stream<Arguments> letters() {
        List<Arguments> all = new ArrayList<>();
        for (LetterCases.Case c : LetterCases.all()) {
            for (LetterTemplate template : LetterTemplates.all()) {
                all.add(Arguments.of(template.key(), c));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("letters")
    void readsRight(String key, LetterCases.Case c) throws IOException {
        LetterTemplate template = LetterTemplates.byKey(key).orElseThrow();
        LetterFacts facts = c.facts().toBuilder().recipient(book.recipientFor(template.recipientRole(c.facts()))).build();
        byte[] pdf = RENDERER.render(template.document(facts)).pdf();
        List<String> pages = pages(pdf);
        String flat = String.join(" ", pages).replaceAll("\\s+", " ");
        String where = key + " for " + c + ":\n" + String.join("\n--- page ---\n", pages);

        Matcher doubled = DOUBLED.matcher(flat);
        assertFalse(doubled.find(), "doubled word \"" + (doubled.hitEnd() ? "" : doubled.group()) + "\" in " + where);
        for (String unfilled : List.of("null", "{", "}")) {
            assertFalse(flat.contains(unfilled), "unfilled \"" + unfilled + "\" in " + where);
        }
        // A fact the case lacks shows as "[what is missing]" and is reported, so the app asks for it before printing.
        List<String> reported = template.missing(facts).stream().map(m -> m.field()).toList();
        Matcher marker = MARKER.matcher(flat);
        while (marker.find()) {
            assertTrue(reported.contains(marker.group(1)), "unreported fill-in " + marker.group() + " in " + where);
        }
        if (c.complete()) {
            assertEquals(List.of(), reported, "a complete case lacks nothing for " + key);
        }
        Matcher capital = CAPITAL_AFTER.matcher(flat);
        while (capital.find()) {
            String word = capital.group(2);
            assertTrue(PROPER.contains(word) || names(facts).contains(word),
                    "capital after \"" + capital.group(1) + "\": " + capital.group() + " in " + where);
        }

        Set<LocalDate> allowed = calendarDates(facts);
        Matcher date = DATE.matcher(flat);
        while (date.find()) {
            LocalDate printed = parse(date);
            assertTrue(allowed.contains(printed), "date " + date.group() + " is neither a recorded date nor one "
                    + "the calendar gave, in " + where);
        }

        List<String> recipient = LetterFrame.recipientLines(template.recipientRole(facts), facts);
        role(template, facts).ifPresent(entry -> assertEquals(entry, recipient, "the address book's address"));
        String page1 = pages.get(0);
        assertTrue(page1.contains(String.join("\n", recipient)), "recipient block as one piece on page 1 in " + where);
        assertTrue(page1.contains("What I am asking you to do"), "request box on page 1 in " + where);

        assertLastPageHasBody(pages, template.document(facts), where);

        ValidationResult result = PreflightParser.validate(
                java.nio.file.Files.write(folder.resolve(key + c.hashCode() + ".pdf"), pdf).toFile());
        assertTrue(result.isValid(), "not PDF/A-1b: " + result.getErrorsList().stream()
                .map(e -> e.getErrorCode() + " " + e.getDetails()).toList());
    }

    /** No page holds only the sign-off, the signature or the enclosures: some of the letter's body comes with them. */
    private static void assertLastPageHasBody(List<String> pages, uk.cml.letters.LetterDocument letter, String where) {
        if (pages.size() < 2) {
            return;
        }
        List<String> ending = new ArrayList<>(List.of(letter.signOff(), letter.signerName(), "Enclosures:",
                letter.footerText()));
        for (int i = 0; i < letter.enclosures().size(); i++) {
            ending.add((i + 1) + ". " + letter.enclosures().get(i));
        }
        long body = pages.get(pages.size() - 1).lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !ending.contains(line) && !line.contains("Page " + pages.size() + " of")
                        && !line.contains(letter.footerText()))
                .count();
        assertTrue(body > 0, "the last page holds only the closing or the enclosures in " + where);
    }

    /** The address book's entry for the template's usual recipient, as name and lines; empty for the other parent. */
    private static Optional<List<String>> role(LetterTemplate template, LetterFacts facts) {
        return template.recipientRole(facts).addressBookRole().flatMap(services.addressBook::byRole).map(entry -> {
            List<String> lines = new ArrayList<>(List.of(entry.name()));
            lines.addAll(entry.postalAddress().printedLines());
            return lines;
        });
    }

    private static Set<String> names(LetterFacts facts) {
        Set<String> names = new HashSet<>();
        for (String name : List.of(facts.parent().name(), facts.caseDetails().otherParentName())) {
            names.addAll(List.of(name.split(" ")));
        }
        names.addAll(facts.caseDetails().childrenFirstNames());
        facts.call().ifPresent(call -> names.addAll(List.of(call.spokeTo().split(" "))));
        return names;
    }

    /**
     * Every date in the facts (including one the parent typed, such as "paid by 31 January 2027"), and every date
     * each of the calendar's rules gives from any of them.
     */
    private static Set<LocalDate> calendarDates(LetterFacts facts) {
        Set<LocalDate> recorded = new HashSet<>();
        collectDates(facts, recorded, 0);
        collectTypedDates(facts, recorded, 0);
        Set<LocalDate> allowed = new HashSet<>(recorded);
        try {
            // The letter's own calendar and facts (the page's): every date rule it has, from every recorded date.
            Object deadlines = facts.deadlines();
            for (Method rule : deadlines.getClass().getDeclaredMethods()) {
                if (Modifier.isStatic(rule.getModifiers())
                        || !List.of(rule.getParameterTypes()).equals(List.of(LocalDate.class))) {
                    continue;
                }
                rule.setAccessible(true);
                for (LocalDate from : recorded) {
                    Object counted = rule.invoke(deadlines, from);
                    if (counted instanceof LocalDate d) {
                        allowed.add(d);
                    } else if (counted instanceof DueDate due) {
                        allowed.add(due.date());
                        allowed.add(due.counted());
                    }
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("The calendar's rules cannot be read", e);
        }
        return allowed;
    }

    private static void collectDates(Object value, Set<LocalDate> dates, int depth) {
        if (value == null || depth > 6) {
            return;
        }
        if (value instanceof LocalDate d) {
            dates.add(d);
        } else if (value instanceof Optional<?> o) {
            o.ifPresent(inner -> collectDates(inner, dates, depth + 1));
        } else if (value instanceof Collection<?> list) {
            list.forEach(inner -> collectDates(inner, dates, depth + 1));
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                try {
                    collectDates(component.getAccessor().invoke(value), dates, depth + 1);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }

    private static void collectTypedDates(Object value, Set<LocalDate> dates, int depth) {
        if (value == null || depth > 6) {
            return;
        }
        if (value instanceof String text) {
            Matcher date = DATE.matcher(text);
            while (date.find()) {
                dates.add(parse(date));
            }
        } else if (value instanceof Optional<?> o) {
            o.ifPresent(inner -> collectTypedDates(inner, dates, depth + 1));
        } else if (value instanceof Collection<?> list) {
            list.forEach(inner -> collectTypedDates(inner, dates, depth + 1));
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                try {
                    collectTypedDates(component.getAccessor().invoke(value), dates, depth + 1);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }

    private static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
            "Sep", "Oct", "Nov", "Dec");

    private static LocalDate parse(Matcher date) {
        int month = MONTHS.indexOf(date.group(2).substring(0, 3)) + 1;
        return LocalDate.of(Integer.parseInt(date.group(3)), month, Integer.parseInt(date.group(1)));
    }

    private static List<String> pages(byte[] pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(doc).replace("\r", ""));
            }
        }
        return pages;
    }
}

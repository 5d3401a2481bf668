package uk.cml.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.Child;
import uk.cml.domain.caseinfo.MyDetails;
import uk.cml.domain.evidence.Call;
import uk.cml.domain.evidence.Note;

/** For tests: what a data folder's records say about people, read from the records, to search the logs for. */
public final class PersonalDetails {

    private PersonalDetails() {
    }

    /** Names, address, phone, email, NI number, CMS reference, amounts and the start of every note and call. */
    public static Set<String> of(Path dataFolder) {
        Set<String> found = new LinkedHashSet<>();
        try (AppServices services = AppServices.open(dataFolder, Clock.systemDefaultZone())) {
            MyDetails me = services.cases.myDetails().orElseThrow();
            found.add(me.fullName());
            found.addAll(me.address().printedLines());
            found.add(me.phone());
            found.add(me.email());
            me.niNumber().ifPresent(ni -> found.add(ni.value()));
            for (CaseFile c : services.cases.cases()) {
                found.add(c.otherParentName());
                c.otherParentAddress().ifPresent(a -> found.addAll(a.printedLines()));
                c.cmsReference().ifPresent(r -> {
                    found.add(r.digits());
                    found.add(r.grouped());
                });
                c.children().stream().map(Child::firstName).forEach(found::add);
                for (Payment p : services.payments.payments(c.id())) {
                    found.add(p.amount().format());
                    found.add(p.reference());
                    found.add(p.note());
                }
                services.notes.notes(c.id()).stream().map(Note::text).map(PersonalDetails::start).forEach(found::add);
                services.calls.calls(c.id()).stream().map(Call::whatWasSaid).map(PersonalDetails::start)
                        .forEach(found::add);
            }
        }
        found.removeIf(text -> text == null || text.isBlank());
        return found;
    }

    /** Each of {@code details} found in any file of the data folder's logs folder, with the file it is in. */
    public static List<String> inLogs(Path dataFolder, Set<String> details) {
        List<String> hits = new ArrayList<>();
        Path logs = dataFolder.resolve("logs");
        try (Stream<Path> files = Files.walk(logs)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                details.stream().filter(text::contains).forEach(d -> hits.add(d + " in " + file.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hits;
    }

    /** The first 24 characters: enough to be unmistakable, short enough to catch a shortened copy. */
    private static String start(String text) {
        String stripped = text.strip();
        return stripped.length() <= 24 ? stripped : stripped.substring(0, 24);
    }
}

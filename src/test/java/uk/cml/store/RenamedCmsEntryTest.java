package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.app.AppServices;
import uk.cml.domain.addressbook.AddressBookEntry;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.testing.CaseFileBuilder;
import uk.cml.testing.TestParents;

/**
 * Found by a reviewer: the parent renamed the address book's CMS entry ("My CMS caseworker"), and letters to it were
 * no longer taken for letters to the CMS: a complaint to it started no CMS target, a report told the CMS nothing. The
 * address book knows its CMS and ICE entries by their role, not their name: a letter chosen from one, or made in the
 * app to its address (the writer keeps the printed name and address, not the entry), is a letter to the CMS.
 */
class RenamedCmsEntryTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:15:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path dataFolder;

    @Test
    void lettersToARenamedCmsOrIceEntryAreStillToTheCms() {
        try (AppServices services = AppServices.open(dataFolder, CLOCK)) {
            long caseId = services.cases.completeSetup(TestParents.samTaylor(), CaseFileBuilder.jordanReed().build());
            AddressBookEntry cms = renamed(services, AddressBookEntry.Role.CMS_COLLECTION, "My caseworker's office");
            AddressBookEntry ice = renamed(services, AddressBookEntry.Role.ICE, "The examiner");

            // Chosen from the entry on the Letters page: its id is kept.
            long chosen = save(services, caseId, new Recipient(Optional.of(cms.id()), cms.name(),
                    String.join("\n", cms.postalAddress().printedLines())), "Chosen from the entry");
            // Made in the app: the printed name and address only, as LetterWiring.written logs it.
            long made = save(services, caseId, new Recipient(Optional.empty(), ice.name(),
                    String.join("\n", ice.postalAddress().printedLines())), "Made in the app");
            // Typed by hand, the postcode written without its space.
            long typed = save(services, caseId, new Recipient(Optional.empty(), "Caseworker",
                    "Mail Handling Site A, Wolverhampton, wv982bu"), "Typed by hand");
            long otherParent = save(services, caseId, new Recipient(Optional.empty(), "Jordan Reed",
                    "3 Mill Lane\nBradford\nBD1 4QT"), "To the other parent");

            Map<Long, SentLetter> read = services.sentLetters.letters(caseId).stream()
                    .collect(Collectors.toMap(SentLetter::id, Function.identity()));
            assertTrue(read.get(chosen).to().isTheCms(), "chosen from the renamed CMS entry");
            assertTrue(read.get(made).to().isTheCms(), "made in the app to the renamed ICE entry's address");
            assertTrue(read.get(typed).to().isTheCms(), "typed with the CMS address's postcode");
            assertFalse(read.get(otherParent).to().isTheCms(), "the other parent is not the CMS");
            assertTrue(services.sentLetters.find(chosen).orElseThrow().to().isTheCms(), "found on its own too");
            assertEquals("My caseworker's office", read.get(chosen).to().name(), "the name it was sent to stays");
        }
    }

    private static AddressBookEntry renamed(AppServices services, AddressBookEntry.Role role, String name) {
        AddressBookEntry e = services.addressBook.byRole(role).orElseThrow();
        services.addressBook.save(new AddressBookEntry(e.id(), e.kind(), name, e.details(), e.postcode(), e.notes(),
                e.role(), e.lastChecked(), e.source()));
        return services.addressBook.byRole(role).orElseThrow();
    }

    private static long save(AppServices services, long caseId, Recipient to, String subject) {
        return services.sentLetters.save(new SentLetter(0, caseId, LocalDate.of(2026, 11, 2),
                Optional.of(LocalDate.of(2026, 11, 2)), to, subject, LetterKind.COMPLAINT, Optional.empty(),
                Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "", Optional.empty(), Optional.empty()));
    }
}

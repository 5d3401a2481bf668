package uk.cml.ui.addresses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.addressbook.AddressBookEntry;
import uk.cml.domain.addressbook.AddressBookEntry.EntryKind;
import uk.cml.ui.common.ModelCase;

/** The address book page's model: checks before saving, corrections, and removing with Undo. */
class AddressBookModelTest {

    @TempDir
    Path folder;
    ModelCase records;
    AddressBookModel model;
    int before;

    @BeforeEach
    void open() {
        records = new ModelCase(folder);
        model = new AddressBookModel(records.services.addressBook, records.jobs, ModelCase.CLOCK);
        model.reload(Optional.empty());
        before = model.entries().size();
    }

    @AfterEach
    void close() {
        records.close();
    }

    @Test
    void aNewEntryStartsCheckedTodayAndItsWrongAnswersAreExplained() {
        assertTrue(before > 0, "the app starts with the CMS addresses");
        assertEquals(ModelCase.TODAY, model.checkedProperty().get());
        assertEquals("Fill in a new entry, then Save.", model.status().text());
        model.postcodeProperty().set("not a postcode");
        model.checkedProperty().set(ModelCase.TODAY.plusDays(3));
        model.save();
        assertEquals("Enter a name.", model.nameProblemProperty().get());
        assertEquals("Enter the address lines.", model.detailsProblemProperty().get());
        assertTrue(!model.postcodeProblemProperty().get().isEmpty(), "the postcode is explained");
        assertEquals("That date is in the future.", model.checkedProblemProperty().get());
        assertEquals("Nothing was saved. Please check the answers marked in red.", model.status().text());
        assertEquals(before, records.services.addressBook.entries().size());

        model.kindProperty().set(EntryKind.PHONE);
        model.checkedUnreadableProperty().set(true);
        model.save();
        assertEquals("Enter the phone number.", model.detailsProblemProperty().get());
        assertEquals("", model.postcodeProblemProperty().get(), "a phone number has no postcode");
        assertEquals("That is not a date we can read. Type it like 22/11/2026.", model.checkedProblemProperty().get());
    }

    @Test
    void aNewAddressIsSavedWithItsPostcodeTidiedThenRemovedAndPutBack() {
        model.nameProperty().set("Citizens Advice Leeds");
        model.detailsProperty().set("31 New York Street\nLeeds");
        model.postcodeProperty().set("ls2 7dt");
        model.save();
        assertEquals("Saved.", model.status().text());
        AddressBookEntry saved = model.editingProperty().get();
        assertEquals("LS2 7DT", saved.postcode());
        assertEquals("Added by you", saved.source());
        assertEquals(before + 1, model.entries().size());

        model.notesProperty().set("Free advice on Tuesdays.");
        model.save();
        assertEquals(before + 1, model.entries().size(), "a correction, not a new entry");
        assertEquals("Free advice on Tuesdays.", model.editingProperty().get().notes());

        model.remove();
        assertEquals(before, model.entries().size());
        assertNull(model.editingProperty().get());
        assertEquals("Removed Citizens Advice Leeds.", model.status().text());
        model.status().undo();
        assertEquals(before + 1, model.entries().size());
        assertEquals("Citizens Advice Leeds", model.editingProperty().get().name());
        assertEquals("Put back.", model.status().text());
    }

    /** The notes ("what it is for") had no limit, and a name none beyond being given: each is now named. */
    @Test
    void aNameOrNotesTooLongIsExplainedAndNothingIsSaved() {
        model.kindProperty().set(EntryKind.PHONE);
        model.nameProperty().set("A".repeat(201));
        model.detailsProperty().set("0113 000 0000");
        model.notesProperty().set("n".repeat(5_001));
        model.save();
        assertEquals("This is too long: it has 201 characters and the limit is 200. Shorten it.",
                model.nameProblemProperty().get());
        assertEquals("This is too long: it has 5,001 characters and the limit is 5,000. Shorten it.",
                model.notesProblemProperty().get());
        assertEquals("Nothing was saved. Please check the answers marked in red.", model.status().text());
        assertEquals(before, records.services.addressBook.entries().size());

        model.nameProperty().set("Adviser");
        model.notesProperty().set("n".repeat(5_000));
        model.save();
        assertEquals("", model.notesProblemProperty().get());
        assertEquals(before + 1, records.services.addressBook.entries().size());
    }

    /** An entry saved again as it was (a space after its notes): nothing recorded, and the page says so. */
    @Test
    void anEntrySavedAgainAsItWasRecordsNothing() {
        model.nameProperty().set("Citizens Advice Leeds");
        model.detailsProperty().set("31 New York Street\nLeeds");
        model.postcodeProperty().set("LS2 7DT");
        model.notesProperty().set("Free advice on Tuesdays.");
        model.save();
        assertEquals("Saved.", model.status().text());
        long id = model.editingProperty().get().id();

        model.notesProperty().set("Free advice on Tuesdays. ");
        model.postcodeProperty().set("ls2 7dt");
        model.save();
        assertEquals("Nothing has changed since you saved it.", model.status().text());
        int kept = records.services.database.read(c -> {
            try (var s = c.prepareStatement("SELECT COUNT(*) FROM amendment WHERE record_table = 'address_book' "
                    + "AND record_id = ?")) {
                s.setLong(1, id);
                try (var r = s.executeQuery()) {
                    return r.getInt(1);
                }
            }
        });
        assertEquals(0, kept);
    }
}

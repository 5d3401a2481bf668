package uk.cml.ui.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.evidence.CallDirection;
import uk.cml.ui.common.ModelCase;

/**
 * Who called and the number, without a window. A new call started at "I called the CMS" with the helpline filled in:
 * a call from the CMS, skimmed past, was saved as one the parent made. Now nothing is chosen, a call without a choice
 * is refused with the message beside the field, and the helpline (from the address book) comes only with "I called
 * the CMS".
 */
class WhoCalledModelTest {

    @TempDir
    Path folder;
    ModelCase records;
    CallsModel model;
    final WhoCalled who = new WhoCalled();

    @BeforeEach
    void open() {
        records = new ModelCase(folder);
        model = new CallsModel(records.services.calls, records.services.addressBook, records.jobs,
                records.currentCase, call -> { });
        records.choose();
    }

    @AfterEach
    void close() {
        records.close();
    }

    private String helpline() {
        return model.helplineProperty().get();
    }

    @Test
    void aNewCallHasNobodyChosenAndNoNumberAndIsRefusedUntilOneIs() {
        assertEquals("0800 171 2345", helpline(), "the helpline is known from the address book");
        who.startNew(helpline());

        assertNull(who.direction().get(), "nobody chosen for the parent");
        assertEquals("", who.number().get(), "no number before the parent says who called");
        assertEquals(Optional.of("Choose who made the call: you, or the CMS."), who.problem());

        who.direction().set(CallDirection.CMS_CALLED);
        assertEquals(Optional.empty(), who.problem());
        assertEquals("", who.number().get(), "no number made up for a call from the CMS");
        who.direction().set(CallDirection.I_CALLED);
        assertEquals("0800 171 2345", who.number().get(), "the helpline, for a call to the CMS");
        who.direction().set(CallDirection.OTHER);
        assertEquals("", who.number().get(), "taken away again with the choice it came with");
    }

    @Test
    void aNumberTheParentTypedIsKeptWhateverIsChosen() {
        who.startNew(helpline());
        who.direction().set(CallDirection.CMS_CALLED);
        who.number().set("0345 000 1111");
        who.direction().set(CallDirection.I_CALLED);
        assertEquals("0345 000 1111", who.number().get());
        who.number().set("");
        who.direction().set(CallDirection.CMS_CALLED);
        who.direction().set(CallDirection.I_CALLED);
        assertEquals("0800 171 2345", who.number().get(), "emptied by the parent, it is offered again");
    }

    @Test
    void theHelplineReadLateIsFilledInOnlyForACallToTheCms() {
        who.startNew("");
        who.helplineKnown(helpline());
        assertEquals("", who.number().get(), "nobody chosen yet: nothing filled in");
        who.startNew("");
        who.direction().set(CallDirection.I_CALLED);
        assertEquals("", who.number().get(), "not known yet");
        who.helplineKnown(helpline());
        assertEquals("0800 171 2345", who.number().get());
    }

    @Test
    void aSavedCallShowsItsOwnDirectionAndNumberAndNewEmptiesThem() {
        who.show(CallDirection.CMS_CALLED, "");
        assertEquals(CallDirection.CMS_CALLED, who.direction().get());
        who.direction().set(CallDirection.I_CALLED);
        assertEquals("", who.number().get(), "a saved call's number is not changed for it");

        who.startNew(helpline());
        assertNull(who.direction().get(), "a new call after a saved one: nobody chosen");
        assertEquals("", who.number().get());
    }
}

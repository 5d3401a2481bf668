package uk.cml.ui.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.app.AppServices;
import uk.cml.letters.pack.PackAssembler;
import uk.cml.letters.pack.PackRecords;
import uk.cml.ui.WithAPage;
import uk.cml.ui.common.SaveDialog;

/**
 * The Evidence pack page refuses a period ending after today beside the "until" date, with the words export-pack
 * gives, and makes nothing (the reviewer's pack to 8 Jan 2027 counted dues not yet fallen due as missed).
 */
class PackUntilFieldTest extends WithAPage {

    @BeforeEach
    void open() {
        AppServices s = harness.services;
        PackRecords stores = uk.cml.app.PackStoresForTests.of(s);
        EvidencePackView page = new EvidencePackView(new PackAssembler(stores, CLOCK), harness.background, CLOCK,
                harness.currentCase, Optional::empty, id -> false, new SaveDialog(dataFolder));
        show(page);
        waitUntil("the period is suggested", () -> !text("#pack-until").isBlank());
    }

    private String said(String id) {
        Label label = lookup(id).query();
        return label.isVisible() ? label.getText() : "";
    }

    @Test
    void aDayAfterTodayIsRefusedBesideTheField() {
        assertEquals("22 Nov 2026", text("#pack-until"), "the whole history ends today");
        type("#pack-until", "8/1/2027");
        press("#pack-make"); // the date is read as the field is left; Make then refuses without a save dialog
        waitUntil("the refusal is beside the date", () -> !said("#pack-until-error").isBlank());
        assertEquals("The pack can only cover up to today, 22 Nov 2026.", said("#pack-until-error"));
        assertTrue(said("#pack-status").contains("check the date marked in red"), said("#pack-status"));
        type("#pack-until", "22/11/2026");
        waitUntil("a day up to today takes the refusal away", () -> said("#pack-until-error").isBlank());
    }

    /** Reviewer rv10: a From after today is said beside From, and the until box (today) stays clear. */
    @Test
    void aFromAfterTodayIsSaidBesideFrom() {
        type("#pack-from", "31/12/2026");
        type("#pack-until", "22/11/2026");
        press("#pack-make");
        waitUntil("the problem is beside From", () -> !said("#pack-from-error").isBlank());
        assertEquals("From can't be after today, 22 Nov 2026.", said("#pack-from-error"));
        assertEquals("", said("#pack-until-error"));
        assertTrue(said("#pack-status").contains("check the date marked in red"), said("#pack-status"));
    }
}

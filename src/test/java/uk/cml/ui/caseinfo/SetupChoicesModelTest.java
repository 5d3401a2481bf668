package uk.cml.ui.caseinfo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import uk.cml.domain.caseinfo.Arrangement;

/**
 * Set-up's answers that would become false facts if the app chose them: how maintenance is arranged starts unchosen,
 * and stays unchosen through a draft kept when set-up is closed for now (worked without a window).
 */
class SetupChoicesModelTest {

    @Test
    void aNewCaseHasNoArrangementUntilTheParentChoosesOne() {
        // A reviewer clicked through set-up without reading: the case was saved as Direct Pay, with its amount
        // "Taken from: CMS calculation letter", though nobody had said so.
        assertNull(new CaseDraft().arrangement.get());
    }

    @Test
    void aDraftKeptBeforeTheChoiceComesBackUnchosenAndOneChosenComesBackChosen() {
        CaseDraft unchosen = new CaseDraft();
        unchosen.otherName.set("Jordan Reed");
        assertNull(CaseDraft.restore(unchosen.save()).arrangement.get());

        CaseDraft chosen = new CaseDraft();
        chosen.arrangement.set(Arrangement.PRIVATE);
        assertEquals(Arrangement.PRIVATE, CaseDraft.restore(chosen.save()).arrangement.get());
    }
}

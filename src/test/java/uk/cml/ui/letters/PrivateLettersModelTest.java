package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.ui.common.ModelCase;

/**
 * The Letters page's "Kind of letter" for a case only ever private: a reviewer was offered "Complaint" and the other
 * letters to the CMS, logged a complaint to the other parent, and everything CMS came back. Only the kinds that fit
 * are offered; a letter on record keeps its kind.
 */
class PrivateLettersModelTest {

    @TempDir
    Path folder;
    ModelCase records;
    LettersModel model;

    @BeforeEach
    void open() {
        records = new ModelCase(folder);
        var s = records.services;
        model = new LettersModel(new LettersView.Stores(s.sentLetters, s.receivedLetters, s.documents, s.addressBook,
                s.standing, s.calls), records.jobs, ModelCase.CLOCK, records.currentCase);
    }

    @AfterEach
    void close() {
        records.close();
    }

    private void arranged(Arrangement arrangement) {
        CaseFile c = records.services.cases.find(records.caseId).orElseThrow();
        records.currentCase.set(new CaseFile(c.id(), c.otherParentName(), c.otherParentAddress(),
                c.otherParentWork(), arrangement, c.cmsReference(), c.children(), c.collectionFeePercent()));
    }

    @Test
    void aPrivateCaseIsOfferedOnlyTheKindsThatFit() {
        arranged(Arrangement.PRIVATE);
        List<LetterKind> offered = model.kindsOffered(Optional.empty());
        assertFalse(offered.contains(LetterKind.COMPLAINT), offered.toString());
        assertFalse(offered.contains(LetterKind.COLLECTION_REQUEST), offered.toString());
        assertFalse(offered.contains(LetterKind.RECONSIDERATION_REQUEST), offered.toString());
        assertFalse(offered.contains(LetterKind.WRITE_OFF_REPLY), offered.toString());
        assertTrue(offered.contains(LetterKind.OTHER));
        assertTrue(model.kindsOffered(Optional.of(LetterKind.COMPLAINT)).contains(LetterKind.COMPLAINT),
                "a letter on record is shown as it is");
    }

    @Test
    void aCmsCaseIsOfferedEveryKind() {
        arranged(Arrangement.DIRECT_PAY);
        assertEquals(List.of(LetterKind.values()), model.kindsOffered(Optional.empty()));
    }
}

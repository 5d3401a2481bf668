package uk.cml.app;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import uk.cml.domain.caseinfo.CaseFile;
import uk.cml.domain.caseinfo.MyDetails;
import uk.cml.letters.LetterPdfRenderer;
import uk.cml.letters.templates.CaseFacts;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.store.StoreException;
import uk.cml.ui.common.Background;
import uk.cml.ui.letters.write.LetterKeeper;
import uk.cml.ui.letters.write.LetterWriterView;
import uk.cml.ui.letters.write.SaveTarget;
import uk.cml.ui.letters.write.WriteLetterSection;

/**
 * Builds the letter-writing page and feeds it from the stores. The payments, calls, notes and letters-log stores
 * are not on main yet: when they land, add the arrears, effect-on-child notes and the keeper here.
 */
final class LetterWiring {

    private LetterWiring() {
    }

    static WriteLetterSection section(AppServices services, Background background,
            ObjectProperty<CaseFile> currentCase) {
        LetterPdfRenderer renderer = new LetterPdfRenderer(services.clock);
        // Reads the fonts once now, so the parent's first preview is quick.
        background.run(() -> {
            renderer.warmUp();
            return Boolean.TRUE;
        }, ok -> { }, error -> { });
        LetterWriterView writer = new LetterWriterView(background, currentCase,
                caseFile -> facts(services, caseFile), services.addressBook::entries, renderer, LetterKeeper.NONE,
                lettersFolder(), SaveTarget.dialog());
        return new WriteLetterSection(writer);
    }

    /** Runs in the background: everything a letter can say about this case from the records there are. */
    static LetterFacts facts(AppServices services, CaseFile caseFile) {
        MyDetails me = services.cases.myDetails().orElseThrow(() -> new StoreException(
                "Your own details are missing. Add them on the Case page, then write the letter."));
        return CaseFacts.from(me, caseFile, LocalDate.now(services.clock)).build();
    }

    static Path lettersFolder() {
        return Path.of(System.getProperty("user.home"), "Documents", "Child Maintenance Log", "Letters");
    }
}

package uk.cml.ui.letters.write;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import javafx.stage.Window;
import uk.cml.letters.LetterDocument;
import uk.cml.letters.LetterPdfRenderer;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterFileNames;
import uk.cml.letters.templates.LetterTemplate;
import uk.cml.ui.common.Background;
import uk.cml.ui.common.Messages;
import uk.cml.ui.common.PageStatus;

/** Makes the PDF where the parent chooses (never over an existing file), keeps a copy, or prints it. */
final class LetterOutput {

    private final Background background;
    private final LetterPdfRenderer renderer;
    private final LetterKeeper keeper;
    private final Path defaultFolder;
    private final SaveTarget saveTarget;
    private final PageStatus status;

    LetterOutput(Background background, LetterPdfRenderer renderer, LetterKeeper keeper, Path defaultFolder,
            SaveTarget saveTarget, PageStatus status) {
        this.background = background;
        this.renderer = renderer;
        this.keeper = keeper;
        this.defaultFolder = defaultFolder;
        this.saveTarget = saveTarget;
        this.status = status;
    }

    /**
     * @param inPlaceOf the earlier letter not sent yet that this one replaces (to the Bin in the same transaction)
     * @param kept run on the JavaFX thread once the letter is kept, so the writer reads the letters log again
     * @param heading the heading printed, and {@code words} the letter's words kept with it ({@link KeptWords#text})
     */
    void save(Window owner, long caseId, LetterTemplate template, LetterFacts facts, LetterDocument letter,
            Optional<Long> answering, Optional<Long> inPlaceOf, String heading, String words, Runnable kept) {
        try {
            Files.createDirectories(defaultFolder);
        } catch (IOException e) {
            // The dialog still opens; the parent can pick another folder.
        }
        // Named as the letter is printed and listed (its heading), so the file is found by the words on the letter.
        Path suggested = LetterFileNames.freePath(defaultFolder, facts.letterDate(), template.nameFor(heading));
        Optional<Path> chosen = saveTarget.choose(owner, suggested);
        if (chosen.isEmpty()) {
            return;
        }
        status.say(Messages.text("letters.output.makingThePdf"));
        background.run(() -> {
            byte[] pdf = renderer.render(letter.withFingerprint(keeper.fingerprint())).pdf();
            Path saved = writeNew(chosen.get(), pdf);
            String said = keeper.keep(caseId, saved, template, facts, answering, inPlaceOf, heading, words);
            String renamed = saved.equals(chosen.get()) ? "" : Messages.text("letters.output.aFileWithTheName");
            return Messages.text("letters.output.savedAs", saved, renamed, (said.isEmpty() ? "" : " " + said));
        }, message -> {
            status.done(message); // "Saved as ...": it goes once the parent changes the letter on screen
            kept.run();
        }, status::problem);
    }

    void print(LetterTemplate template, LetterDocument letter) {
        status.say(Messages.text("letters.output.gettingTheLetterReadyTo"));
        background.run(() -> LetterPrinting.print(renderer.render(letter.withFingerprint(keeper.fingerprint())).pdf(),
                        template.nameFor(letter.heading())), status::say,
                status::problem);
    }

    /** Writes to {@code wanted}, or to its first free " (n)" variant; never replaces a file. */
    static Path writeNew(Path wanted, byte[] pdf) throws IOException {
        if (wanted.getParent() != null) {
            Files.createDirectories(wanted.getParent());
        }
        for (int attempt = 0; ; attempt++) {
            Path target = LetterFileNames.freeVariant(wanted);
            try {
                Files.write(target, pdf, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                return target;
            } catch (FileAlreadyExistsException raced) {
                if (attempt > 100) {
                    throw raced;
                }
            }
        }
    }
}

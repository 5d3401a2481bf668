package uk.cml.letters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.provider.Arguments;

/** Writes each awkward letter from {@link LetterMarginsTest} to a folder, to look at by eye. */
public final class AwkwardLettersMain {

    private AwkwardLettersMain() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "awkward-letters"));
        List<Arguments> letters = LetterMarginsTest.awkwardLetters().toList();
        for (int i = 0; i < letters.size(); i++) {
            Object[] named = letters.get(i).get();
            RenderedLetter letter = new LetterPdfRenderer().render((LetterDocument) named[1]);
            Files.write(folder.resolve("awkward-" + i + ".pdf"), letter.pdf());
            System.out.println(i + ": " + named[0] + ", " + letter.pageCount() + " pages");
        }
    }
}

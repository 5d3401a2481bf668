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
        RenderedLetter table = new LetterPdfRenderer().render(SampleLetters.complaintWithTable(200));
        Files.write(folder.resolve("table-200.pdf"), table.pdf());
        RenderedLetter characters = new LetterPdfRenderer().render(SampleLetters.simple()
                .paragraph("Ł é ñ ß ø ő Zoë “double” ‘single’ £65.00 1–2 yes—no Ćwierć Żółć € Ω")
                .paragraph("Emoji 😀 and 👍, Chinese 王, star ★, tab[\t] bell[\u0007] zero[\u200B]width")
                .build());
        Files.write(folder.resolve("characters.pdf"), characters.pdf());
        System.out.println("table-200: " + table.pageCount() + " pages; characters replaced: "
                + characters.replacedCharacters());
    }
}

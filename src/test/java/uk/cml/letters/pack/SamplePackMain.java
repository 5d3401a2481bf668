package uk.cml.letters.pack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;

/** Writes a sample pack from the test fixture to the path given, to look at its pages. */
public final class SamplePackMain {

    private SamplePackMain() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("cml-sample-pack");
        try (PackFixture fixture = new PackFixture(folder)) {
            PackContents contents = fixture.contents(PackFixture.YEAR_2025, EnumSet.allOf(PackSection.class),
                    Optional.of(new RecordsSeal("9F2C 41D0 7BE3 A8E5", 120, 0)));
            var result = new EvidencePackBuilder().build(contents, Path.of(args[0]), PackProgress.NONE, () -> false);
            System.out.println(result.pageCount() + " pages, problems: " + result.problems());
        }
    }
}

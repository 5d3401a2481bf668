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
                    Optional.of("sha256:9f2c41d07be3a8e5c1f6d2b4a7e09c3358f1d6a2b7c4e8f0a1d3b5c7e9f2a4c6"));
            var result = new EvidencePackBuilder().build(contents, Path.of(args[0]), PackProgress.NONE, () -> false);
            System.out.println(result.pageCount() + " pages, problems: " + result.problems());
        }
    }
}

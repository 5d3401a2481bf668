package uk.cml.letters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Everything printed on one letter, in reading order. Immutable; build one with {@link #builder()}.
 * Optional text (heading, sign-off, fingerprint...) is an empty string when absent and is then left out.
 */
public record LetterDocument(
        Sender sender,
        LocalDate date,
        List<String> recipientLines,
        List<ReferenceLine> references,
        String heading,
        String salutation,
        List<LetterBlock> body,
        String signOff,
        String signerName,
        List<String> enclosures,
        String footerText,
        String fingerprint,
        PdfMetadata metadata) {

    public LetterDocument {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(date, "date");
        recipientLines = List.copyOf(recipientLines);
        references = List.copyOf(references);
        heading = Objects.requireNonNullElse(heading, "");
        salutation = Objects.requireNonNullElse(salutation, "");
        body = List.copyOf(body);
        signOff = Objects.requireNonNullElse(signOff, "");
        signerName = Objects.requireNonNullElse(signerName, "");
        enclosures = List.copyOf(enclosures);
        footerText = Objects.requireNonNullElse(footerText, "");
        fingerprint = Objects.requireNonNullElse(fingerprint, "");
        metadata = Objects.requireNonNullElse(metadata, PdfMetadata.NONE);
    }

    /** The same letter with the records' fingerprint for the last page's footer. */
    public LetterDocument withFingerprint(String newFingerprint) {
        return new LetterDocument(sender, date, recipientLines, references, heading, salutation, body, signOff,
                signerName, enclosures, footerText, newFingerprint, metadata);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects a letter piece by piece; list parts (references, body, enclosures) are added to in call order. */
    public static final class Builder {
        private Sender sender;
        private LocalDate date;
        private List<String> recipientLines = List.of();
        private final List<ReferenceLine> references = new ArrayList<>();
        private String heading = "";
        private String salutation = "";
        private final List<LetterBlock> body = new ArrayList<>();
        private String signOff = "";
        private String signerName = "";
        private final List<String> enclosures = new ArrayList<>();
        private String footerText = "";
        private String fingerprint = "";
        private PdfMetadata metadata = PdfMetadata.NONE;

        private Builder() {
        }

        public Builder sender(Sender sender) {
            this.sender = sender;
            return this;
        }

        public Builder date(LocalDate date) {
            this.date = date;
            return this;
        }

        /** Name or organisation first, then the address lines, postcode last. */
        public Builder recipient(List<String> lines) {
            this.recipientLines = List.copyOf(lines);
            return this;
        }

        public Builder recipient(String... lines) {
            return recipient(Arrays.asList(lines));
        }

        public Builder reference(String label, String value) {
            references.add(new ReferenceLine(label, value));
            return this;
        }

        public Builder heading(String heading) {
            this.heading = heading;
            return this;
        }

        public Builder salutation(String salutation) {
            this.salutation = salutation;
            return this;
        }

        public Builder block(LetterBlock block) {
            body.add(Objects.requireNonNull(block, "block"));
            return this;
        }

        public Builder paragraph(String text) {
            return block(new LetterBlock.Paragraph(text));
        }

        public Builder subHeading(String text) {
            return block(new LetterBlock.SubHeading(text));
        }

        public Builder bullets(List<String> items) {
            return block(new LetterBlock.BulletList(items));
        }

        public Builder table(LetterBlock.Table table) {
            return block(table);
        }

        public Builder signOff(String signOff) {
            this.signOff = signOff;
            return this;
        }

        public Builder signerName(String signerName) {
            this.signerName = signerName;
            return this;
        }

        public Builder enclosure(String enclosure) {
            enclosures.add(Objects.requireNonNullElse(enclosure, ""));
            return this;
        }

        /** Printed at the foot of every page, for example "CMS reference 1212 3456 7890". */
        public Builder footer(String footerText) {
            this.footerText = footerText;
            return this;
        }

        /** A short line printed in the last page's footer, so a printed copy can be matched to the saved file. */
        public Builder fingerprint(String fingerprint) {
            this.fingerprint = fingerprint;
            return this;
        }

        public Builder metadata(PdfMetadata metadata) {
            this.metadata = metadata;
            return this;
        }

        public LetterDocument build() {
            if (sender == null) {
                throw new IllegalStateException("A letter needs a sender");
            }
            if (date == null) {
                throw new IllegalStateException("A letter needs a date");
            }
            if (recipientLines.isEmpty()) {
                throw new IllegalStateException("A letter needs a recipient");
            }
            return new LetterDocument(sender, date, recipientLines, references, heading, salutation, body, signOff,
                    signerName, enclosures, footerText, fingerprint, metadata);
        }
    }
}

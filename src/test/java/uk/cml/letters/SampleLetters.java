package uk.cml.letters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.cml.domain.Money;
import uk.cml.domain.UkFormats;

/** Realistic letters shared by the tests, the sample writer and the benchmark. */
final class SampleLetters {

    static final LocalDate DATE = LocalDate.of(2026, 11, 22);

    private SampleLetters() {
    }

    static LetterDocument.Builder simple() {
        return LetterDocument.builder()
                .sender(new Sender("Joanna Łukasiewicz", List.of("14 Acacia Road", "Little Snoring", "Norfolk",
                        "NR21 0AA"), "07700 900123", "joanna.l@example.org"))
                .date(DATE)
                .recipient("Child Maintenance Service 21", "Mail Handling Site A", "Wolverhampton", "WV98 2BU")
                .reference("Our case reference", "1212 3456 7890")
                .reference("National Insurance number", "AB 12 34 56 C")
                .heading("COMPLAINT")
                .salutation("Dear Sir or Madam")
                .paragraph("I am writing to complain about how my case has been handled since José Muñoz "
                        + "stopped paying in June 2026. I have phoned you four times and written twice, and the "
                        + "arrears have grown to £1,234.56 without any action being taken – not even a reply.")
                .signOff("Yours faithfully")
                .signerName("Joanna Łukasiewicz")
                .enclosure("Copy of my letter of 3 September 2026")
                .enclosure("Payment schedule showing missed payments")
                .footer("CMS reference 1212 3456 7890")
                .metadata(new PdfMetadata("Complaint to the Child Maintenance Service", "Joanna Łukasiewicz",
                        "Complaint about case 1212 3456 7890", "CMS, complaint, arrears"));
    }

    /** A complaint with a schedule of {@code rows} missed payments, ending in a bold total. */
    static LetterDocument complaintWithTable(int rows) {
        LetterDocument.Builder letter = simple()
                .fingerprint("Saved copy SHA-256 3f2a9c0d41b7e8a65c1d0e9f7b3a2c4d5e6f708192a3b4c5d6e7f8091a2b3c4d")
                .paragraph("The Direct Pay arrangement started on 1 March 2026. Payments of £65.00 a week were "
                        + "due every Friday. The schedule below shows every payment due since then, what arrived "
                        + "and what is still owed.")
                .subHeading("What went wrong")
                .bullets(List.of("I reported the missed payments by phone on 12 June, 3 July and 14 August 2026.",
                        "Each time I was told a caseworker would call me back within five working days. Nobody did.",
                        "My letter of 3 September 2026 asking for the case to move to Collect and Pay has had no "
                                + "reply."));
        letter.table(schedule(rows));
        return letter
                .subHeading("The effect on my children")
                .paragraph("Because of the missing money I have fallen behind with the rent and could not buy "
                        + "school uniform for the start of term. My daughter Zoë had to borrow a blazer.")
                .subHeading("What I would like you to do")
                .paragraph("Please:\n1. move my case to Collect and Pay;\n2. take enforcement action for the "
                        + "arrears;\n3. send me a breakdown of the arrears; and\n4. explain in writing why my "
                        + "calls were not returned.")
                .paragraph("You can reach me on 07700 900123 or at joanna.l@example.org. I look forward to your "
                        + "reply within 15 working days.")
                .build();
    }

    static LetterBlock.Table schedule(int rows) {
        List<List<String>> body = new ArrayList<>();
        LocalDate due = LocalDate.of(2026, 3, 6);
        long owed = 0;
        for (int i = 0; i < rows; i++) {
            Money expected = Money.ofPence(6500);
            Money paid = Money.ofPence(i % 3 == 0 ? 0 : (i % 5 == 0 ? 3000 : 6500));
            owed += expected.minus(paid).pence();
            String note = paid.pence() == 0 ? "Nothing received" : paid.pence() < 6500 ? "Part payment" : "";
            body.add(List.of(UkFormats.shortDate(due.plusWeeks(i)), expected.format(), paid.format(),
                    note, Money.ofPence(owed).format()));
        }
        return new LetterBlock.Table(List.of(
                TableColumn.left("Due date", 1.2), TableColumn.right("Due", 1), TableColumn.right("Paid", 1),
                TableColumn.left("Notes", 1.8), TableColumn.right("Owed so far", 1.3)),
                body, List.of("Total", "", "", "", Money.ofPence(owed).format()));
    }
}

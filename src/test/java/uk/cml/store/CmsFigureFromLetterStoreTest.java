package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Adjustment;
import uk.cml.domain.arrears.AdjustmentKind;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.StatedArrears;

/**
 * A CMS letter logged with the arrears figure it states: the figure is an ordinary CMS figure, dated as at the day
 * the letter gives (not the letter's own date), naming and linked to the letter, saved in the same transaction;
 * changing it through the letter keeps the earlier version; a letter that no longer gives one, or goes to the bin,
 * takes its figure with it. On a real SQLite file in a temporary folder.
 */
class CmsFigureFromLetterStoreTest extends WithJordanReedsCase {

    static final LocalDate DATED = LocalDate.of(2026, 10, 10);
    static final LocalDate AS_AT = LocalDate.of(2026, 10, 4);

    ReceivedLetterStore letters;
    PaymentStore payments;

    @BeforeEach
    void open() {
        letters = records.receivedLetters();
        payments = records.payments();
    }

    private ReceivedLetter cmsLetter(Optional<LocalDate> dated) {
        return new ReceivedLetter(0, caseId, dated, LocalDate.of(2026, 10, 14), "Child Maintenance Service",
                "Arrears statement", Optional.empty(), Optional.empty());
    }

    private static Optional<StatedArrears> stated(long pence, LocalDate asAt) {
        return Optional.of(new StatedArrears(Money.ofPence(pence), asAt));
    }

    @Test
    void theFigureALetterStatesIsRecordedAsTheCmsFigureAsAtItsOwnDayNamingTheLetter() {
        long id = letters.save(cmsLetter(Optional.of(DATED)), stated(31050, AS_AT));

        List<Adjustment> figures = payments.adjustments(caseId);
        assertEquals(1, figures.size());
        Adjustment figure = figures.get(0);
        assertEquals(AdjustmentKind.CMS_CONFIRMED_FIGURE, figure.kind());
        assertEquals(AS_AT, figure.date(), "as at the day the letter gives, not the letter's date");
        assertEquals(Money.ofPence(31050), figure.amount());
        assertEquals("From the letter from Child Maintenance Service dated 10 Oct 2026", figure.note());
        assertEquals(Map.of(id, new StatedArrears(Money.ofPence(31050), AS_AT)), letters.statedArrears(caseId));
        assertEquals(Optional.of(id), linkOf(figure.id()), "linked to its letter");
        assertEquals(Money.ofPence(31050), payments.schedule(caseId, LocalDate.of(2026, 11, 22)).cmsDifference()
                .orElseThrow().cmsFigure(), "compared with the records like any CMS figure");
    }

    @Test
    void aLetterThatGivesNoFigureRecordsNone() {
        letters.save(cmsLetter(Optional.of(DATED)), Optional.empty());
        assertEquals(List.of(), payments.adjustments(caseId));
    }

    @Test
    void changingTheFigureThroughItsLetterIsACorrectionWithTheEarlierVersionKept() {
        long id = letters.save(cmsLetter(Optional.of(DATED)), stated(31050, AS_AT));
        long figureId = payments.adjustments(caseId).get(0).id();

        letters.save(cmsLetter(Optional.of(DATED)).withId(id), stated(32100, AS_AT.minusDays(1)));

        List<Adjustment> figures = payments.adjustments(caseId);
        assertEquals(1, figures.size(), "corrected, not a second figure");
        assertEquals(figureId, figures.get(0).id());
        assertEquals(Money.ofPence(32100), figures.get(0).amount());
        assertEquals(AS_AT.minusDays(1), figures.get(0).date());
        List<History.EarlierVersion> earlier = payments.earlierVersions(PaymentStore.Kind.ADJUSTMENT, figureId);
        assertEquals(1, earlier.size());
        assertEquals("31050", earlier.get(0).columns().get("amount_pence"));
        assertEquals(AS_AT.toString(), earlier.get(0).columns().get("made_on"));
    }

    @Test
    void savingTheLetterAgainWithTheSameFigureAddsNoVersionToTheFigure() {
        long id = letters.save(cmsLetter(Optional.of(DATED)), stated(31050, AS_AT));
        long figureId = payments.adjustments(caseId).get(0).id();
        letters.save(cmsLetter(Optional.of(DATED)).withId(id), stated(31050, AS_AT));
        assertEquals(List.of(), payments.earlierVersions(PaymentStore.Kind.ADJUSTMENT, figureId));
    }

    @Test
    void correctingTheLettersDateRenamesTheLetterInTheFiguresNote() {
        long id = letters.save(cmsLetter(Optional.of(DATED)), stated(31050, AS_AT));
        letters.save(cmsLetter(Optional.of(DATED.plusDays(1))).withId(id), stated(31050, AS_AT));
        assertEquals("From the letter from Child Maintenance Service dated 11 Oct 2026",
                payments.adjustments(caseId).get(0).note());
    }

    @Test
    void aFigureTakenOutOfTheLetterGoesToTheBinAndCanBePutBack() {
        long id = letters.save(cmsLetter(Optional.of(DATED)), stated(31050, AS_AT));
        letters.save(cmsLetter(Optional.of(DATED)).withId(id), Optional.empty());
        assertEquals(List.of(), payments.adjustments(caseId));
        assertEquals(1, payments.adjustmentsInBin(caseId).size());
        assertEquals(Map.of(), letters.statedArrears(caseId));
    }

    @Test
    void aLetterMovedToTheBinTakesItsFigureAndBringsItBack() {
        long id = letters.save(cmsLetter(Optional.of(DATED)), stated(31050, AS_AT));
        letters.moveToBin(id);
        assertEquals(List.of(), payments.adjustments(caseId), "a letter logged by mistake no longer counts");
        letters.restore(id);
        assertEquals(1, payments.adjustments(caseId).size());
        assertEquals(AS_AT, payments.adjustments(caseId).get(0).date());
    }

    @Test
    void aLetterInTheBinIsNotChangedAndNeitherIsItsFigure() {
        long id = letters.save(cmsLetter(Optional.of(DATED)), stated(31050, AS_AT));
        letters.moveToBin(id);
        assertThrows(StoreException.class,
                () -> letters.save(cmsLetter(Optional.of(DATED)).withId(id), stated(99900, AS_AT)));
        letters.restore(id);
        assertEquals(Money.ofPence(31050), payments.adjustments(caseId).get(0).amount(), "all or nothing");
    }

    private Optional<Long> linkOf(long adjustmentId) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve(Database.FILE_NAME))) {
            String link = DatabaseTest.text(c, "SELECT from_letter FROM adjustment WHERE id = " + adjustmentId);
            return Optional.ofNullable(link).map(Long::valueOf);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void anUndatedLettersFigureNamesTheDayItArrived() {
        letters.save(cmsLetter(Optional.empty()), stated(0, LocalDate.of(2026, 10, 14)));
        Adjustment figure = payments.adjustments(caseId).get(0);
        assertTrue(figure.amount().isZero(), "£0.00: the CMS says nothing is owed");
        assertEquals("From the letter from Child Maintenance Service received on 14 Oct 2026", figure.note());
    }
}

package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.standing.Decision;
import uk.cml.letters.LetterBlock;
import uk.cml.letters.templates.AnsweredOnRecord.From;
import uk.cml.letters.templates.AnsweredOnRecord.NotLogged;

/**
 * A reply answers a letter the records should hold: the writer says when they do not, and never refuses the letter
 * for it (the parent may hold a real letter not logged yet).
 */
class AnsweredOnRecordTest {

    static final LocalDate NOV_3 = LocalDate.of(2026, 11, 3);
    static final LocalDate NOV_4 = LocalDate.of(2026, 11, 4);

    static LettersOnRecord cmsLetters(LocalDate... dated) {
        return new LettersOnRecord(true, List.of(dated), List.of(), List.of(), List.of(), List.of());
    }

    static final LettersOnRecord NOTHING = cmsLetters();

    static Optional<NotLogged> check(LetterTemplate template, LetterFacts facts) {
        LetterDraft draft = template.draft(facts);
        return AnsweredOnRecord.check(template, facts, draft, draft);
    }

    static LetterFacts writeOff(LocalDate proposed, LettersOnRecord records) {
        return Facts.bare().writeOff(new WriteOffDetails(proposed, null, "I have debts", "")).onRecord(records)
                .build();
    }

    /** The draft with every gap for {@code field} filled as the parent types it. */
    static LetterDraft typed(LetterDraft draft, String field, String words) {
        String marker = new MissingFact(field).marker();
        List<LetterBlock> body = draft.body().stream().map(b -> b instanceof LetterBlock.Paragraph p
                ? (LetterBlock) new LetterBlock.Paragraph(p.text().replace(marker, words))
                : b instanceof LetterBlock.RequestBox r ? new LetterBlock.RequestBox(r.title(),
                        r.items().stream().map(i -> i.replace(marker, words)).toList()) : b).toList();
        return draft.edited(draft.heading().replace(marker, words), body);
    }

    @Nested
    @DisplayName("The reply to a proposal to write off arrears")
    class WriteOff {

        @Test
        @DisplayName("A CMS letter of that date logged: nothing to say")
        void loggedLetter() {
            assertEquals(Optional.empty(), check(LetterTemplates.WRITE_OFF_REPLY, writeOff(NOV_3, cmsLetters(NOV_3))));
        }

        @Test
        @DisplayName("No CMS letter logged: the date it answers is named")
        void noLetter() {
            assertEquals(Optional.of(new NotLogged(From.CMS, NOV_3, Optional.empty())),
                    check(LetterTemplates.WRITE_OFF_REPLY, writeOff(NOV_3, NOTHING)));
        }

        @Test
        @DisplayName("A CMS letter of another date logged: still said")
        void wrongDate() {
            assertEquals(Optional.of(new NotLogged(From.CMS, NOV_3, Optional.empty())),
                    check(LetterTemplates.WRITE_OFF_REPLY, writeOff(NOV_3, cmsLetters(NOV_4))));
        }

        @Test
        @DisplayName("A proposal to write off of that date on Where things stand counts; another kind of decision does not")
        void decisions() {
            LettersOnRecord proposal = LettersOnRecord.of(List.of(), List.of(new Decision(1, 1,
                    Decision.Kind.WRITE_OFF, NOV_3, "", Optional.empty())), List.of());
            assertEquals(Optional.empty(), check(LetterTemplates.WRITE_OFF_REPLY, writeOff(NOV_3, proposal)));
            LettersOnRecord calculation = LettersOnRecord.of(List.of(), List.of(new Decision(1, 1,
                    Decision.Kind.CALCULATION, NOV_3, "", Optional.empty())), List.of());
            assertTrue(check(LetterTemplates.WRITE_OFF_REPLY, writeOff(NOV_3, calculation)).isPresent());
        }

        @Test
        @DisplayName("Facts not read from the records say nothing either way")
        void unknown() {
            assertEquals(Optional.empty(), check(LetterTemplates.WRITE_OFF_REPLY,
                    writeOff(NOV_3, LettersOnRecord.UNKNOWN)));
        }

        @Test
        @DisplayName("Begun with no date: nothing until the parent types one in the gap, then that date is checked")
        void typedDate() {
            String field = WriteOffReplyLetter.PROPOSAL_DATE;
            LetterFacts none = writeOff(null, NOTHING);
            LetterDraft draft = LetterTemplates.WRITE_OFF_REPLY.draft(none);
            assertTrue(draft.heading().contains(new MissingFact(field).marker()), draft.heading());
            assertEquals(Optional.empty(), AnsweredOnRecord.check(LetterTemplates.WRITE_OFF_REPLY, none, draft,
                    draft));
            assertEquals(Optional.of(new NotLogged(From.CMS, NOV_3, Optional.empty())), AnsweredOnRecord.check(
                    LetterTemplates.WRITE_OFF_REPLY, none, draft, typed(draft, field, "3 November 2026")));
            assertEquals(Optional.of(new NotLogged(From.CMS, NOV_3, Optional.empty())), AnsweredOnRecord.check(
                    LetterTemplates.WRITE_OFF_REPLY, none, draft, typed(draft, field, "03/11/2026")));
            LetterFacts logged = writeOff(null, cmsLetters(NOV_3));
            LetterDraft loggedDraft = LetterTemplates.WRITE_OFF_REPLY.draft(logged);
            assertEquals(Optional.empty(), AnsweredOnRecord.check(LetterTemplates.WRITE_OFF_REPLY, logged,
                    loggedDraft, typed(loggedDraft, field, "3 Nov 2026")));
            assertTrue(AnsweredOnRecord.check(LetterTemplates.WRITE_OFF_REPLY, logged, loggedDraft,
                    typed(loggedDraft, field, "4 Nov 2026")).isPresent(), "the wrong date is still said");
        }

        @Test
        @DisplayName("The heading rewritten: the date is read where the opening had its gap")
        void headingRewritten() {
            String field = WriteOffReplyLetter.PROPOSAL_DATE;
            LetterFacts none = writeOff(null, NOTHING);
            LetterDraft draft = LetterTemplates.WRITE_OFF_REPLY.draft(none);
            LetterDraft filled = typed(draft, field, "Tuesday 3 November 2026");
            LetterDraft rewritten = filled.edited("Please keep my arrears", filled.body());
            assertEquals(Optional.of(new NotLogged(From.CMS, NOV_3, Optional.empty())), AnsweredOnRecord.check(
                    LetterTemplates.WRITE_OFF_REPLY, none, draft, rewritten));
        }

        @Test
        @DisplayName("A CMS letter logged without its date, come within a month after: named as perhaps the one")
        void undatedLetter() {
            LettersOnRecord undated = LettersOnRecord.of(List.of(new ReceivedLetter(1, 1, Optional.empty(),
                    LocalDate.of(2026, 11, 6), "CMS", "Write off", Optional.empty(), Optional.empty())), List.of(),
                    List.of());
            assertEquals(Optional.of(new NotLogged(From.CMS, NOV_3, Optional.of(LocalDate.of(2026, 11, 6)))),
                    check(LetterTemplates.WRITE_OFF_REPLY, writeOff(NOV_3, undated)));
            assertEquals(Optional.of(new NotLogged(From.CMS, LocalDate.of(2026, 11, 7), Optional.empty())),
                    check(LetterTemplates.WRITE_OFF_REPLY, writeOff(LocalDate.of(2026, 11, 7), undated)),
                    "a letter that came before the date is not it");
        }
    }

    @Test
    @DisplayName("A reconsideration request: a decision of that date counts, a proposal to write off does not")
    void reconsideration() {
        LetterFacts.Builder facts = Facts.bare().decision(new DecisionDetails(NOV_3, "the weekly amount", "wrong", ""));
        LettersOnRecord calculation = new LettersOnRecord(true, List.of(), List.of(), List.of(), List.of(NOV_3),
                List.of());
        assertEquals(Optional.empty(), check(LetterTemplates.MANDATORY_RECONSIDERATION,
                facts.onRecord(calculation).build()));
        assertEquals(Optional.empty(), check(LetterTemplates.MANDATORY_RECONSIDERATION,
                facts.onRecord(cmsLetters(NOV_3)).build()));
        LettersOnRecord proposal = new LettersOnRecord(true, List.of(), List.of(), List.of(NOV_3), List.of(),
                List.of());
        assertEquals(Optional.of(new NotLogged(From.CMS, NOV_3, Optional.empty())),
                check(LetterTemplates.MANDATORY_RECONSIDERATION, facts.onRecord(proposal).build()));
        LetterFacts none = Facts.bare().onRecord(NOTHING).build();
        LetterDraft draft = LetterTemplates.MANDATORY_RECONSIDERATION.draft(none);
        assertEquals(Optional.of(new NotLogged(From.CMS, NOV_4, Optional.empty())), AnsweredOnRecord.check(
                LetterTemplates.MANDATORY_RECONSIDERATION, none, draft,
                typed(draft, MandatoryReconsiderationLetter.DECISION_DATE, "4 November 2026")));
    }

    @Test
    @DisplayName("A reply about a part payment: the CMS letter of the offer's date")
    void settlement() {
        LetterFacts.Builder facts = Facts.bare().settlement(new SettlementDetails(NOV_3, null,
                SettlementDetails.Decision.DECLINE, List.of()));
        assertEquals(Optional.empty(), check(LetterTemplates.SETTLEMENT_REPLY, facts.onRecord(cmsLetters(NOV_3))
                .build()));
        assertEquals(Optional.of(new NotLogged(From.CMS, NOV_3, Optional.empty())),
                check(LetterTemplates.SETTLEMENT_REPLY, facts.onRecord(cmsLetters(NOV_4)).build()));
        assertEquals(Optional.empty(), check(LetterTemplates.SETTLEMENT_REPLY, Facts.bare().onRecord(NOTHING)
                .build()), "with no date it quotes no letter: 'the offer I was told about'");
    }

    @Test
    @DisplayName("A chasing letter chases one of the parent's own letters: logged by its date, or begun from the log")
    void chase() {
        EarlierLetter typedIn = new EarlierLetter(NOV_3, "Missed payments", NOV_4, "first class post", "");
        LettersOnRecord mine = new LettersOnRecord(true, List.of(), List.of(), List.of(), List.of(), List.of(NOV_3));
        assertEquals(Optional.empty(), check(LetterTemplates.CHASE_REPLY,
                Facts.bare().earlierLetter(typedIn).onRecord(mine).build()));
        assertEquals(Optional.of(new NotLogged(From.PARENT, NOV_3, Optional.empty())), check(
                LetterTemplates.CHASE_REPLY, Facts.bare().earlierLetter(typedIn).onRecord(cmsLetters(NOV_3)).build()),
                "a CMS letter of that date is not the parent's letter");
        assertEquals(Optional.empty(), check(LetterTemplates.CHASE_REPLY,
                Facts.bare().earlierLetter(typedIn.fromLog(7)).onRecord(NOTHING).build()), "begun from the log");
        LetterFacts none = Facts.bare().onRecord(NOTHING).build();
        LetterDraft draft = LetterTemplates.CHASE_REPLY.draft(none);
        assertEquals(Optional.of(new NotLogged(From.PARENT, NOV_3, Optional.empty())), AnsweredOnRecord.check(
                LetterTemplates.CHASE_REPLY, none, draft, typed(draft, ChaseReplyLetter.EARLIER_DATE, "3 Nov 2026")));
    }

    @Test
    @DisplayName("Letters that answer no letter say nothing")
    void otherLetters() {
        for (LetterTemplate template : List.of(LetterTemplates.CONFIRM_CALL, LetterTemplates.SUBJECT_ACCESS,
                LetterTemplates.ARREARS_BREAKDOWN)) {
            assertEquals(Optional.empty(), check(template, Facts.complete(template).toBuilder().onRecord(NOTHING)
                    .build()), template.key());
        }
    }
}

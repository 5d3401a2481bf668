package uk.cml.domain.correspondence;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.cml.domain.AmountText;
import uk.cml.domain.Money;

/**
 * The arrears the CMS proposes to write off, as the parent's note of the decision or summary of the CMS's letter gives
 * it ("Proposal to write off £250.00 of the arrears"): its one amount or, with several, the one straight after
 * "write off" ("write off £250 of arrears of £900"); none otherwise, so a letter never quotes the wrong figure.
 */
public final class WriteOffAmount {

    private static final Pattern POUNDS = Pattern.compile("£\\s?(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d{2})?");
    private static final Pattern AFTER_WRITE_OFF = Pattern.compile("writ(?:e|ing|ten)[\\s-]off\\s+(?:of\\s+)?$");

    private WriteOffAmount() {
    }

    public static Optional<Money> in(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = POUNDS.matcher(text);
        List<Money> all = new java.util.ArrayList<>();
        List<Money> afterWriteOff = new java.util.ArrayList<>();
        while (m.find()) {
            String before = text.substring(0, m.start()).toLowerCase(Locale.UK);
            Optional<Money> money = AmountText.read(m.group()).money().filter(Money::isPositive);
            money.ifPresent(all::add);
            money.filter(x -> AFTER_WRITE_OFF.matcher(before).find()).ifPresent(afterWriteOff::add);
        }
        List<Money> distinct = all.stream().distinct().toList();
        if (distinct.size() == 1) {
            return Optional.of(distinct.get(0));
        }
        List<Money> named = afterWriteOff.stream().distinct().toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }
}

package uk.cml.domain.calendar;

import java.time.LocalDate;

/** Easter Sunday in the Gregorian calendar, which Good Friday and Easter Monday follow. */
final class Easter {

    private Easter() {
    }

    /** The anonymous Gregorian computus (Meeus/Jones/Butcher): valid for every year from 1583. */
    static LocalDate sunday(int year) {
        int goldenNumber = year % 19;
        int century = year / 100;
        int yearOfCentury = year % 100;
        int leapCenturies = century / 4;
        int centuryRemainder = century % 4;
        int moonCorrection = (century + 8) / 25;
        int solarCorrection = (century - moonCorrection + 1) / 3;
        int epact = (19 * goldenNumber + century - leapCenturies - solarCorrection + 15) % 30;
        int yearLeaps = yearOfCentury / 4;
        int yearRemainder = yearOfCentury % 4;
        int weekday = (32 + 2 * centuryRemainder + 2 * yearLeaps - epact - yearRemainder) % 7;
        int shift = (goldenNumber + 11 * epact + 22 * weekday) / 451;
        int monthDay = epact + weekday - 7 * shift + 114;
        return LocalDate.of(year, monthDay / 31, monthDay % 31 + 1);
    }
}

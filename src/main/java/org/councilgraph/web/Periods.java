package org.councilgraph.web;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reference periods (reference.data.gov.uk intervals) as people read them and as a time axis places them: a day is
 * "31 March 2025", a government year "2024/25 (year to 31 March)". Two figures share a column only when their
 * periods are the same interval, so a count at 31 March 2025 and a total for 2024/25 never meet.
 */
final class Periods {
    private static final Pattern DAY = Pattern.compile(".*/day/(\\d{4})-(\\d{2})-(\\d{2})$");
    private static final Pattern MONTH = Pattern.compile(".*/month/(\\d{4})-(\\d{2})$");
    private static final Pattern YEAR = Pattern.compile(".*/year/(\\d{4})$");
    private static final Pattern GOVERNMENT_YEAR = Pattern.compile(".*/government-year/(\\d{4})-(\\d{4})$");
    private static final Pattern ACADEMIC_YEAR = Pattern.compile(".*/gregorian-interval/(\\d{4})-09-01T00:00:00/P1Y$");

    /** A period: its label, the day it ends (for ordering) and the day a chart places it at (a snapshot's day, an interval's middle). */
    record Period(String iri, String label, LocalDate end, LocalDate middle) {}

    /** Periods in the order of the day they end, then of their IRI. */
    static final java.util.Comparator<Period> ORDER = java.util.Comparator.comparing(Period::end).thenComparing(Period::iri);

    private Periods() {}

    /** Periods already read: a council page reads the same few hundred periods every time it is built. */
    private static final Memo<String, Period> KNOWN = new Memo<>(Periods::read, 100_000);

    static Period of(String iri) { return KNOWN.get(iri); }

    private static Period read(String iri) {
        Matcher m;
        if ((m = DAY.matcher(iri)).matches()) {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            return new Period(iri, d.getDayOfMonth() + " " + month(d.getMonth()) + " " + d.getYear(), d, d);
        }
        if ((m = MONTH.matcher(iri)).matches()) {
            LocalDate first = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
            return new Period(iri, month(first.getMonth()) + " " + first.getYear(), first.plusMonths(1).minusDays(1), first.plusDays(14));
        }
        if ((m = YEAR.matcher(iri)).matches()) {
            int y = Integer.parseInt(m.group(1));
            return new Period(iri, String.valueOf(y), LocalDate.of(y, 12, 31), LocalDate.of(y, 7, 1));
        }
        if ((m = GOVERNMENT_YEAR.matcher(iri)).matches()) {
            int end = Integer.parseInt(m.group(2));
            return new Period(iri, (end - 1) + "/" + String.valueOf(end).substring(2) + " (year to 31 March)", LocalDate.of(end, 3, 31), LocalDate.of(end - 1, 9, 30));
        }
        if ((m = ACADEMIC_YEAR.matcher(iri)).matches()) {
            int start = Integer.parseInt(m.group(1));
            return new Period(iri, start + "/" + String.valueOf(start + 1).substring(2) + " academic year", LocalDate.of(start + 1, 8, 31), LocalDate.of(start + 1, 3, 1));
        }
        String tail = iri.substring(iri.lastIndexOf('/') + 1);
        return new Period(iri, tail, LocalDate.MAX, null);
    }

    private static String month(Month m) { return m.getDisplayName(TextStyle.FULL, Locale.UK); }
}

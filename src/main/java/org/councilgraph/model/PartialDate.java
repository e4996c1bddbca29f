package org.councilgraph.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Optional;

/**
 * A date only as precise as the text gave it: a year ("the 2019 inspection"), a month
 * ("in April 2024") or a day ("29 April 2024"). Never padded with invented precision.
 */
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {
    public PartialDate {
        if (year < 1900 || year > 2200) throw new IllegalArgumentException("implausible year " + year);
        if (day != null && month == null) throw new IllegalArgumentException("day without month");
        if (day != null) LocalDate.of(year, month, day); // validates
        else if (month != null) YearMonth.of(year, month);
    }

    public static PartialDate ofYear(int year) { return new PartialDate(year, null, null); }
    public static PartialDate ofMonth(int year, int month) { return new PartialDate(year, month, null); }
    public static PartialDate of(LocalDate d) { return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth()); }

    /** Parses 2019, 2019-11 or 2019-11-04. */
    public static Optional<PartialDate> parse(String iso) {
        try {
            String[] p = iso.strip().split("-");
            return Optional.of(switch (p.length) {
                case 1 -> ofYear(Integer.parseInt(p[0]));
                case 2 -> ofMonth(Integer.parseInt(p[0]), Integer.parseInt(p[1]));
                case 3 -> new PartialDate(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
                default -> throw new IllegalArgumentException(iso);
            });
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    public enum Precision { YEAR, MONTH, DAY }

    public Precision precision() {
        return day != null ? Precision.DAY : month != null ? Precision.MONTH : Precision.YEAR;
    }

    /** ISO 8601 at the date's own precision: 2019, 2019-11, 2019-11-04. */
    @Override
    public String toString() {
        return switch (precision()) {
            case YEAR -> String.format("%04d", year);
            case MONTH -> String.format("%04d-%02d", year, month);
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
        };
    }

    private static final Comparator<PartialDate> ORDER = Comparator.comparingInt(PartialDate::year)
            .thenComparing(d -> d.month == null ? 0 : d.month).thenComparing(d -> d.day == null ? 0 : d.day);

    @Override
    public int compareTo(PartialDate o) { return ORDER.compare(this, o); }
}

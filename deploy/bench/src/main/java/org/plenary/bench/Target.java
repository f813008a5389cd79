package org.plenary.bench;

/**
 * One performance target and how the run did against it: {@code ratio} is the measured value ({@code measured})
 * over its reference ({@code reference}), or the measured value itself where the target is absolute.
 */
public record Target(String id, String description, String measured, String reference, double value,
                     String comparison, double limit) {

    public boolean met() {
        return comparison.equals("≥") ? value >= limit : value <= limit;
    }

    static Target ratio(String id, String description, double measured, double reference, String unit,
                        String comparison, double limit) {
        return new Target(id, description, format(measured) + " " + unit, format(reference) + " " + unit,
                reference == 0 ? Double.NaN : measured / reference, comparison, limit);
    }

    static Target absolute(String id, String description, double measured, String unit, String comparison,
                           double limit) {
        return new Target(id, description, format(measured) + " " + unit, "", measured, comparison, limit);
    }

    static String format(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return value >= 100 ? String.format("%.0f", value) : String.format("%.2f", value);
    }
}

package org.plenary.bench;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How the run did against one {@link Goal}: {@code value} is the measured value ({@code measured}) over its reference
 * ({@code reference}), or the measured value itself where the goal is absolute.
 */
public record Target(@JsonIgnore Goal goal, String description, String measured, String reference, double value) {

    @JsonProperty
    public String id() {
        return goal.id();
    }

    @JsonProperty
    public String comparison() {
        return goal.comparison();
    }

    @JsonProperty
    public double limit() {
        return goal.limit();
    }

    @JsonProperty
    public boolean met() {
        return goal.met(value);
    }

    static Target ratio(Goal goal, String description, double measured, double reference, String unit) {
        return new Target(goal, description, format(measured) + " " + unit, format(reference) + " " + unit,
                reference == 0 ? Double.NaN : measured / reference);
    }

    static Target absolute(Goal goal, String description, double measured, String unit) {
        return new Target(goal, description, format(measured) + " " + unit, "", measured);
    }

    static String format(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return value >= 100 ? String.format("%.0f", value) : String.format("%.2f", value);
    }
}

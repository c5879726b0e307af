package io.technic.scanner.model;

/**
 * One term of a composite score, for explanations: {@code points = weight × value}.
 *
 * @param name   the component, e.g. {@code techRating} or {@code riskPenalty}
 * @param weight its weight in the composite (negative for a penalty)
 * @param value  the component's own score, 0–100
 * @param points what it adds to the composite
 */
public record Contribution(String name, double weight, double value, double points) {}

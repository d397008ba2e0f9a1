/**
 * Measures (计量): exact quantities and units of measure (数量与计量单位) for capacity thresholds, chiefly {@link
 * org.phaseout.measure.Quantity}, {@link org.phaseout.measure.UnitOfMeasure} and {@link
 * org.phaseout.measure.QuantityKind}, together with other small value types shared by the model, such as date
 * intervals.
 *
 * <p>Values are {@link java.math.BigDecimal} and every permitted unit conversion is an exact power of ten; quantities
 * of different kinds are never converted or compared. Nothing in this package depends on the default locale or
 * charset.
 */
package org.phaseout.measure;

/**
 * Electricity-price measures (电价措施): from a unit's price-measure findings and the surcharge its catalogue entry
 * sets, the amount per kWh the grid company is to add and the arithmetic behind it (差别电价, 阶梯电价), chiefly
 * {@link org.phaseout.pricing.ElectricityPricing} and {@link org.phaseout.pricing.PriceMeasure}.
 *
 * <p>Amounts are catalogue data of dated editions; nothing here holds a price. Arithmetic is exact ({@link
 * java.math.BigDecimal}, no rounding: rounding to the fen is the billing system's) and independent of locale.
 */
package org.phaseout.pricing;

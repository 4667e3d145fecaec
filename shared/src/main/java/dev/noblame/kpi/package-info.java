/**
 * KPIs and rollups (DESIGN §3). Index the facts once with {@link dev.noblame.kpi.KpiData#builder},
 * then ask {@link dev.noblame.kpi.Kpis} for totals, rollups by a {@link dev.noblame.kpi.Dimension}
 * and monthly series over any {@link dev.noblame.kpi.KpiPeriod}. Rates are null, never a division
 * by zero, when a group has nothing to divide by.
 */
package dev.noblame.kpi;

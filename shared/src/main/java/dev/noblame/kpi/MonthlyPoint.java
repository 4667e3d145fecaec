package dev.noblame.kpi;

import java.time.YearMonth;

/** One point of a monthly series, for charts. */
public record MonthlyPoint(YearMonth month, KpiFigures figures) {
}

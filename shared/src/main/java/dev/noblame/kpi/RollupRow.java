package dev.noblame.kpi;

/** One group of a rollup: its name ({@value Rollup#NONE} for "not recorded") and its figures. */
public record RollupRow(String group, KpiFigures figures) {
}

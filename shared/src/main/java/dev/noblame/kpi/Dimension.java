package dev.noblame.kpi;

/**
 * What a rollup groups by. Incidents and action items group by their incident's field;
 * {@link #FACTOR_CATEGORY} puts an incident in every category its postmortem names (so its group
 * counts may add up to more than the total) and in {@value Rollup#NONE} when it names none.
 */
public enum Dimension {
    SERVICE, TEAM, VENDOR, RELEASE, FACTOR_CATEGORY;

    /** Deployments carry a service only, so delivery figures exist per service and in totals. */
    public boolean attributesDeployments() {
        return this == SERVICE;
    }
}

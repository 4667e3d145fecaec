package dev.noblame.culture;

import dev.noblame.common.Wire;

/** The four outcomes of the just-culture triage. */
public enum Culpability {
    HONEST_ERROR, AT_RISK, RECKLESS, MALICIOUS;

    public String wire() {
        return Wire.name(this);
    }
}

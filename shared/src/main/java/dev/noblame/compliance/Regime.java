package dev.noblame.compliance;

/** The notification regimes NoBlame runs clocks for (DESIGN §3). */
public enum Regime {
    /** GDPR Art. 33: notify the supervisory authority within 72 hours of becoming aware of a personal data breach. */
    GDPR_ART33("GDPR Art. 33"),
    /** NIS2 Art. 23: early warning in 24 h, incident notification in 72 h, final report a month after the notification. */
    NIS2_ART23("NIS2 Art. 23"),
    /** SEC Form 8-K Item 1.05: four business days after determining a cybersecurity incident is material. */
    SEC_8K_ITEM_1_05("SEC 8-K Item 1.05"),
    /** DORA major ICT incident: initial, intermediate and final reports to the competent authority. */
    DORA("DORA");

    private final String title;

    Regime(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}

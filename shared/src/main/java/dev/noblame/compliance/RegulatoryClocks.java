package dev.noblame.compliance;

import dev.noblame.sla.BusinessCalendar;
import dev.noblame.sla.SlaState;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The deadlines a legal trigger starts, each with its state at an instant (DESIGN §3):
 * <ul>
 * <li>GDPR Art. 33: notification 72 h after awareness.</li>
 * <li>NIS2 Art. 23: early warning 24 h and notification 72 h after awareness; final report one month
 *     after the notification was submitted.</li>
 * <li>SEC 8-K Item 1.05: four US business days after the materiality determination, by the EDGAR
 *     cut-off of 17:30 New York time on that day.</li>
 * <li>DORA: initial report 4 h after classification as major but no later than 24 h after awareness
 *     (whichever comes first); intermediate 72 h after the initial report; final one month after the
 *     intermediate report.</li>
 * </ul>
 * Usage: {@code new RegulatoryClocks().deadlines(LegalTrigger.gdpr(id, awareAt, "legal"), filings, now)}.
 */
public final class RegulatoryClocks {
    /** Filings after 17:30 Eastern count as filed the next business day (EDGAR Filer Manual). */
    static final LocalTime EDGAR_CUTOFF = LocalTime.of(17, 30);

    private final BusinessCalendar usBusinessDays;

    public RegulatoryClocks() {
        this(BusinessCalendar.usFederal());
    }

    /** {@code usBusinessDays} counts the 8-K's business days; the default is US federal holidays in New York time. */
    public RegulatoryClocks(BusinessCalendar usBusinessDays) {
        this.usBusinessDays = Objects.requireNonNull(usBusinessDays, "usBusinessDays");
    }

    public List<RegulatoryDeadline> deadlines(LegalTrigger t, Collection<Filing> filings, Instant now) {
        List<RegulatoryDeadline> out = new ArrayList<>();
        switch (t.regime()) {
            case GDPR_ART33 -> out.add(deadline(t, "notification", "Notify the supervisory authority", t.awareAt(),
                    t.awareAt().plus(Duration.ofHours(72)), false, "72 hours after awareness", filings, now));
            case NIS2_ART23 -> {
                out.add(deadline(t, "early_warning", "Early warning to the CSIRT or competent authority", t.awareAt(),
                        t.awareAt().plus(Duration.ofHours(24)), false, "24 hours after awareness", filings, now));
                RegulatoryDeadline notification = deadline(t, "notification", "Incident notification", t.awareAt(),
                        t.awareAt().plus(Duration.ofHours(72)), false, "72 hours after awareness", filings, now);
                out.add(notification);
                out.add(after(t, notification, "final_report", "Final report", "one month after the incident notification",
                        filings, now, true));
            }
            case SEC_8K_ITEM_1_05 -> {
                Instant determined = t.determinedAt();
                ZonedDateTime day = usBusinessDays.plusBusinessDays(determined, 4).atZone(usBusinessDays.zone());
                Instant due = ZonedDateTime.of(day.toLocalDate(), EDGAR_CUTOFF, usBusinessDays.zone()).toInstant();
                out.add(deadline(t, "form_8k", "File Form 8-K Item 1.05", determined, due, false,
                        "4 business days after the materiality determination (US federal calendar, 17:30 New York)", filings, now));
            }
            case DORA -> {
                Instant byClassification = t.determinedAt().plus(Duration.ofHours(4));
                Instant due = byClassification;
                String basis = "4 hours after classification as major";
                if (t.awareAt() != null && t.awareAt().plus(Duration.ofHours(24)).isBefore(byClassification)) {
                    due = t.awareAt().plus(Duration.ofHours(24));
                    basis = "24 hours after awareness (earlier than 4 hours after classification)";
                }
                RegulatoryDeadline initial = deadline(t, "initial", "Initial notification", t.determinedAt(), due, false, basis,
                        filings, now);
                out.add(initial);
                RegulatoryDeadline intermediate = after(t, initial, "intermediate", "Intermediate report",
                        "72 hours after the initial notification", filings, now, false);
                out.add(intermediate);
                out.add(after(t, intermediate, "final_report", "Final report", "one month after the intermediate report",
                        filings, now, true));
            }
        }
        return out;
    }

    /** A deadline counted from an earlier report's submission, or provisionally from its due instant. */
    private RegulatoryDeadline after(LegalTrigger t, RegulatoryDeadline previous, String id, String title, String basis,
                                     Collection<Filing> filings, Instant now, boolean month) {
        Instant from = previous.submittedAt() != null ? previous.submittedAt() : previous.due();
        Instant due = month ? from.atZone(java.time.ZoneOffset.UTC).plusMonths(1).toInstant() : from.plus(Duration.ofHours(72));
        return deadline(t, id, title, from, due, previous.submittedAt() == null || previous.provisional(), basis, filings, now);
    }

    private static RegulatoryDeadline deadline(LegalTrigger t, String id, String title, Instant start, Instant due, boolean provisional,
                                               String basis, Collection<Filing> filings, Instant now) {
        Instant submitted = null;
        for (Filing f : filings) {
            if (f.regime() == t.regime() && f.deadline().equals(id) && (submitted == null || f.submittedAt().isBefore(submitted))) {
                submitted = f.submittedAt();
            }
        }
        // Due soon in the last quarter of the window: the last hour of 4, the last week of a month.
        long window = Math.max(0, due.toEpochMilli() - start.toEpochMilli());
        long remind = due.toEpochMilli() - window / 4;
        SlaState state = SlaState.of(due.toEpochMilli(), remind, submitted == null ? -1 : submitted.toEpochMilli(), now.toEpochMilli());
        return new RegulatoryDeadline(t.regime(), id, t.regime().title() + ": " + title, due, state, submitted, provisional, basis);
    }
}

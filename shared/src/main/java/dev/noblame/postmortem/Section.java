package dev.noblame.postmortem;

/** The template, after Google SRE and Atlassian's incident handbook. Order is the page order. */
public enum Section {
    SUMMARY("Summary", "What happened, in two or three sentences a newcomer can follow."),
    IMPACT("Impact", "Who and what was affected, for how long, and how much."),
    DETECTION("Detection", "How and when we learned of it; what signal could have told us sooner."),
    RESPONSE("Response", "Who was involved, what they did, what helped and what slowed them."),
    RECOVERY("Recovery", "How service was restored and how we knew it was."),
    TIMELINE("Timeline", "Times and facts, in order, in UTC."),
    CONTRIBUTING_FACTORS("Contributing factors", "How people, process and technology combined; never a single root cause, never a person."),
    WHAT_WENT_WELL("What went well", "Things to keep doing."),
    WHAT_WENT_WRONG("What went wrong", "Conditions that made the incident possible or worse."),
    WHERE_WE_GOT_LUCKY("Where we got lucky", "Near-misses inside the incident."),
    ACTION_ITEMS("Action items", "SMART actions with owners and due dates."),
    SUPPORTING_INFORMATION("Supporting information", "Links to dashboards, logs, tickets.");

    private final String title;
    private final String prompt;

    Section(String title, String prompt) {
        this.title = title;
        this.prompt = prompt;
    }

    public String title() {
        return title;
    }

    /** The hint shown in an empty section of the editor. */
    public String prompt() {
        return prompt;
    }
}

package dev.noblame.server.integration;

import dev.noblame.ports.OutboxHandler;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The integrations this hub runs, in one list. */
public final class Integrations {
    private final List<Integration> all;

    public Integrations(List<Integration> all) {
        Set<String> names = new HashSet<>();
        for (Integration i : all) {
            if (!i.name().matches("[a-z][a-z0-9-]*") || !names.add(i.name())) {
                throw new IllegalArgumentException("integration name '" + i.name() + "' is not unique and url-safe");
            }
        }
        this.all = List.copyOf(all);
    }

    /** The integrations every hub runs: add yours here with one line. */
    public static Integrations standard() {
        List<Integration> list = new ArrayList<>();
        list.add(new dev.noblame.server.jira.JiraHubIntegration());
        list.add(new dev.noblame.server.jenkins.JenkinsIntegration());
        list.add(new dev.noblame.server.confluence.ConfluenceIntegration());
        return new Integrations(list);
    }

    public List<Integration> all() {
        return all;
    }

    public List<OutboxHandler> outboxHandlers() {
        List<OutboxHandler> out = new ArrayList<>();
        all.forEach(i -> out.addAll(i.outboxHandlers()));
        return out;
    }

    public List<Integration.ScheduledTask> scheduledTasks() {
        List<Integration.ScheduledTask> out = new ArrayList<>();
        all.forEach(i -> out.addAll(i.scheduledTasks()));
        return out;
    }
}

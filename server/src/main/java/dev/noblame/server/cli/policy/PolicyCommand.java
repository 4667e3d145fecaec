package dev.noblame.server.cli.policy;

import dev.noblame.common.Wire;
import dev.noblame.incident.Severity;
import dev.noblame.sla.BusinessCalendar;
import dev.noblame.sla.ServicePolicy;
import dev.noblame.sla.SlaPolicy;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code noblame policy check [FILE]}: validates an SLA policy file and prints the rules in effect. */
@Command(name = "policy", mixinStandardHelpOptions = true,
        description = "Work with the SLA and postmortem policy (YAML).",
        subcommands = {PolicyCommand.Check.class})
public final class PolicyCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Check a policy file laid over the defaults and print the rules in effect; without FILE, print "
                    + "the defaults. Exit 0 when valid, 2 with the line and key of the first problem.")
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(arity = "0..1", paramLabel = "FILE", description = "Policy YAML file.")
        Path file;

        @Override
        public Integer call() {
            if (file != null && !Files.isRegularFile(file)) {
                throw new IllegalArgumentException("no such policy file: " + file);
            }
            SlaPolicy policy = file == null ? SlaPolicy.defaults() : SlaPolicy.load(file);
            print(policy, spec.commandLine().getOut());
            return 0;
        }
    }

    static void print(SlaPolicy p, PrintWriter out) {
        var t = p.postmortemTriggers();
        out.println("postmortem required for: " + t.severities().stream().map(Severity::name).collect(Collectors.joining(", "))
                + (t.dataLoss() ? "; data loss" : "") + (t.securityExposure() ? "; security exposure" : "")
                + (t.onRequest() ? "; on request" : "") + "; near-misses: " + Wire.name(t.nearMiss()));
        out.println("draft due: " + p.draftDue() + " after resolution");
        for (Severity s : Severity.values()) {
            out.println("review due " + s + ": " + p.reviewWindow(s) + " after resolution");
        }
        p.priorityDueByTier().forEach((tier, w) -> out.println("priority actions, tier " + tier + ": " + w));
        out.println("normal actions: " + p.normalDue());
        out.println("verify effectiveness: " + p.verifyEffectivenessAfter() + " after done");
        out.println("reminder: " + p.reminderBefore() + " before due; escalation to: "
                + p.escalateTo().stream().map(Wire::name).collect(Collectors.joining(", then ")));
        for (BusinessCalendar c : p.calendars().values()) {
            out.println("calendar " + c.name() + (c.name().equals(p.defaultCalendar()) ? " (default)" : "") + ": " + c.zone()
                    + ", weekend " + c.weekend().stream().map(Wire::name).sorted().collect(Collectors.joining("/"))
                    + ", " + c.holidays().size() + " dates" + (c.holidaySets().isEmpty() ? ""
                    : " + " + c.holidaySets().stream().map(h -> h.wireName()).collect(Collectors.joining(", "))));
        }
        for (ServicePolicy s : p.services().values()) {
            out.println("service " + s.service() + ": tier " + s.tier() + ", calendar " + s.calendar()
                    + (s.owner() == null ? "" : ", owner " + s.owner())
                    + ", deploy gate blocks above " + s.maxBreachedPriorityActions() + " breached priority actions");
        }
        out.flush();
    }
}

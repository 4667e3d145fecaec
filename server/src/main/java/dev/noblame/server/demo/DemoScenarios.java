package dev.noblame.server.demo;

import dev.noblame.action.ActionClass;
import dev.noblame.action.ActionPriority;
import dev.noblame.incident.Severity;
import dev.noblame.postmortem.FactorCategory;
import java.util.List;

/**
 * The demo organisation's story: six services, four teams, and the kinds of incident they
 * have. Written in the blameless voice NoBlame asks for: conditions and systems, never a
 * person at fault. Several scenarios share a contributing factor (category + tag), so the
 * repeat-incident rate has something to find.
 */
final class DemoScenarios {
    private DemoScenarios() {
    }

    record Factor(FactorCategory category, String text, String... tags) {
    }

    record Action(String title, ActionClass cls, ActionPriority priority, String criterion, String owner) {
    }

    record Scenario(String whatHappened, String service, String team, Severity severity, String vendor, String release,
                    String summary, String impact, String detection, String response, String recovery,
                    String wentWell, String wentWrong, String lucky, List<Factor> factors, List<Action> actions) {
    }

    static final List<String> SERVICES = List.of("checkout", "payments-api", "search", "identity", "notifications", "inventory");

    static final List<Scenario> INCIDENTS = List.of(
            new Scenario("Card payments failing at checkout\nAbout 30% of card payments returned a provider timeout.",
                    "payments-api", "payments", Severity.SEV1, "Stripe", null,
                    "Card payments failed intermittently for 42 minutes after the payment provider lowered our rate limit.",
                    "Roughly 30% of card payments failed; about 1,900 orders were retried by customers, 310 abandoned.",
                    "The checkout error-rate alert fired 9 minutes after the first failures; the provider dashboard showed throttling.",
                    "The on-call engineer paged payments and the provider; traffic was shifted to the secondary acquirer.",
                    "Failover to the secondary acquirer restored payments; the provider restored the limit an hour later.",
                    "The failover runbook worked as written and was executed within minutes.",
                    "The provider's limit change was announced only in a partner newsletter that nobody on the team receives.",
                    "It happened outside the evening peak.",
                    List.of(new Factor(FactorCategory.VENDOR, "Provider rate limit lowered without a direct notice", "vendor", "rate-limit"),
                            new Factor(FactorCategory.TECHNOLOGY, "Client retries without backoff amplified the throttling", "retry-storm")),
                    List.of(new Action("Add jittered backoff to payment provider retries", ActionClass.PREVENT, ActionPriority.PRIORITY,
                                    "Load test at 2x peak shows no retry amplification", "payments"),
                            new Action("Subscribe the payments alias to provider status and change notices", ActionClass.PROCESS,
                                    ActionPriority.NORMAL, "Alias receives the next provider notice", "payments"))),
            new Scenario("Search results empty for some queries\nSearch returned zero results for queries with accents.",
                    "search", "growth", Severity.SEV2, null, "2026.07.2",
                    "A tokenizer change in release 2026.07.2 dropped accented terms, so some searches returned nothing.",
                    "About 6% of searches returned no results for 5 hours; conversion on affected queries dropped sharply.",
                    "Customer support noticed a cluster of tickets; no alert covered zero-result rate.",
                    "The search team bisected the release and found the tokenizer configuration change.",
                    "The previous tokenizer configuration was restored and the index rebuilt.",
                    "Support escalated quickly with good examples.",
                    "Our relevance tests use English-only fixtures, so the change passed every check.",
                    "The index rebuild was fast because the catalogue is small this season.",
                    List.of(new Factor(FactorCategory.PROCESS, "Test fixtures do not represent the languages customers use", "test-coverage"),
                            new Factor(FactorCategory.TECHNOLOGY, "No alert on zero-result rate", "monitoring-gap")),
                    List.of(new Action("Alert when zero-result rate exceeds 2% for 10 minutes", ActionClass.DETECT, ActionPriority.PRIORITY,
                                    "Alert fires in a replay of the incident traffic", "growth"),
                            new Action("Add multilingual fixtures to relevance tests", ActionClass.PREVENT, ActionPriority.NORMAL,
                                    "Fixtures cover the five most common customer languages", "growth"))),
            new Scenario("Login failures after certificate rotation\nUsers could not sign in on the mobile app.",
                    "identity", "platform", Severity.SEV1, null, null,
                    "A rotated signing certificate was not yet trusted by the mobile app's pinned set, so mobile sign-ins failed.",
                    "Mobile sign-in failed for all users for 55 minutes; web sign-in was unaffected.",
                    "The sign-in success-rate alert fired within 3 minutes.",
                    "Platform on-call rolled the certificate back while identity prepared a pin update.",
                    "Rolling back to the previous certificate restored mobile sign-ins.",
                    "Alerting was fast and the rollback was one command.",
                    "The rotation runbook did not mention the mobile pin set; the step lived in one engineer's notes.",
                    "The old certificate had not been revoked yet.",
                    List.of(new Factor(FactorCategory.PROCESS, "Rotation runbook missing the mobile pinning step", "runbook-gap"),
                            new Factor(FactorCategory.ENVIRONMENT, "Certificate pinning differs between web and mobile", "config-drift")),
                    List.of(new Action("Add mobile pin-set update to the rotation runbook and automate the check", ActionClass.PREVENT,
                            ActionPriority.PRIORITY, "Rotation dry run fails when the pin set lacks the new key", "platform"))),
            new Scenario("Order confirmation emails delayed by hours\nCustomers did not receive confirmation emails.",
                    "notifications", "core", Severity.SEV3, "Twilio", null,
                    "Confirmation emails were delayed up to 4 hours because the email queue consumer stalled on a malformed template.",
                    "About 12,000 emails were delayed; support received 140 contacts.",
                    "Queue depth dashboards showed the backlog, but no alert was attached.",
                    "The core team restarted the consumer and skipped the malformed message.",
                    "The backlog drained within 40 minutes after the restart.",
                    "Messages were not lost: the queue held them all.",
                    "One malformed message blocked the whole queue; there is no dead-letter path.",
                    "The malformed template was used by a low-volume campaign only.",
                    List.of(new Factor(FactorCategory.TECHNOLOGY, "Consumer has no dead-letter path for poison messages", "poison-message"),
                            new Factor(FactorCategory.TECHNOLOGY, "Queue depth is charted but not alerted", "monitoring-gap")),
                    List.of(new Action("Route messages that fail three times to a dead-letter queue", ActionClass.PREVENT,
                                    ActionPriority.NORMAL, "A poison message no longer stops the consumer in a test", "core"),
                            new Action("Alert on queue age over 15 minutes", ActionClass.DETECT, ActionPriority.NORMAL,
                                    "Alert fires in staging when the consumer is paused", "core"))),
            new Scenario("Inventory counts wrong after deploy\nStock levels showed zero for in-stock items.",
                    "inventory", "core", Severity.SEV2, null, "2026.08.1",
                    "A schema migration ran before the application that understood it, so stock reads returned zero for 25 minutes.",
                    "Items showed out of stock; an estimated 800 orders were lost.",
                    "The deployment's smoke test caught the zero counts two minutes after release.",
                    "The release was rolled back; the migration was kept as it was backward compatible.",
                    "Rollback restored correct counts.",
                    "The smoke test caught it and the rollback was automatic.",
                    "Migration and application ordering depends on a manual step in the pipeline.",
                    "The issue started at 06:00, a quiet hour.",
                    List.of(new Factor(FactorCategory.PROCESS, "Manual ordering step between migration and deploy", "workaround"),
                            new Factor(FactorCategory.ENVIRONMENT, "Staging data has no items at zero stock", "config-drift")),
                    List.of(new Action("Make the pipeline run migrations in expand/contract order", ActionClass.PREVENT,
                            ActionPriority.PRIORITY, "Pipeline refuses an out-of-order migration in a test run", "core"))),
            new Scenario("Checkout page slow during campaign\nCheckout took over 8 seconds to load.",
                    "checkout", "payments", Severity.SEV2, "AWS", null,
                    "A marketing campaign tripled traffic; the checkout service hit its database connection limit.",
                    "Checkout p95 latency rose to 8 s for 70 minutes; conversion dropped by a quarter.",
                    "The latency alert fired; the campaign was not on the capacity calendar.",
                    "Payments on-call raised the pool size and scaled out read replicas.",
                    "Latency returned to normal once replicas were added.",
                    "Scaling out was possible without a deploy.",
                    "Campaign launches are not shared with the teams that run the services they drive traffic to.",
                    "The cloud provider had spare capacity in our region that day.",
                    List.of(new Factor(FactorCategory.PROCESS, "Campaigns are not on the capacity calendar", "capacity-planning"),
                            new Factor(FactorCategory.VENDOR, "Managed database connection limit reached", "vendor", "rate-limit")),
                    List.of(new Action("Add marketing campaigns to the capacity calendar review", ActionClass.PROCESS,
                            ActionPriority.NORMAL, "Next three campaigns appear in the review before launch", "payments"))),
            new Scenario("Password reset links expired immediately\nReset links said 'expired' when opened.",
                    "identity", "platform", Severity.SEV3, null, "2026.09.1",
                    "A clock-skew between two identity nodes made new reset tokens look expired on one node.",
                    "About 900 password resets failed over 3 hours.",
                    "Support tickets; no metric covered reset success.",
                    "Platform found one node's clock 11 minutes behind and resynchronised it.",
                    "Fixing time sync restored resets.",
                    "The logs recorded token times, which made the cause clear.",
                    "Time synchronisation was disabled on one node by an old workaround in its image.",
                    "Few resets happen at that hour.",
                    List.of(new Factor(FactorCategory.ENVIRONMENT, "Node image carries an old workaround disabling time sync", "config-drift", "workaround")),
                    List.of(new Action("Alert on clock offset above 1 second on every node", ActionClass.DETECT, ActionPriority.NORMAL,
                            "Alert fires when time sync is stopped on a test node", "platform"))),
            new Scenario("Push notifications sent twice\nUsers received duplicate order-shipped notifications.",
                    "notifications", "core", Severity.SEV4, "Twilio", null,
                    "A retry after a provider timeout re-sent notifications that had in fact been delivered.",
                    "About 4,000 duplicate notifications; a handful of complaints.",
                    "A customer reported it on social media.",
                    "Core disabled retries for the notification batch.",
                    "Retries were re-enabled with idempotency keys the provider honours.",
                    "The provider supports idempotency keys, so the fix was small.",
                    "We did not send idempotency keys although the provider accepts them.",
                    "The duplicates were harmless shipping notices.",
                    List.of(new Factor(FactorCategory.TECHNOLOGY, "Retries without idempotency keys", "retry-storm"),
                            new Factor(FactorCategory.VENDOR, "Provider timeouts while still delivering", "vendor")),
                    List.of(new Action("Send idempotency keys with every provider call", ActionClass.PREVENT, ActionPriority.NORMAL,
                            "Replay of a timed-out batch sends no duplicate", "core"))));

    static final List<Scenario> NEAR_MISSES = List.of(
            new Scenario("Almost deleted the production search index\nA cleanup script pointed at production instead of staging; "
                    + "the confirmation prompt stopped it.", "search", "growth", Severity.SEV3, null, null,
                    "A cleanup script's environment defaulted to production; its confirmation prompt caught the mistake.",
                    "None.", "The confirmation prompt.", "Stopped the script.", "Nothing to recover.",
                    "The confirmation prompt worked.", "The script defaults to production.", "The prompt existed at all.",
                    List.of(new Factor(FactorCategory.TECHNOLOGY, "Scripts default to the production environment", "unsafe-default")),
                    List.of(new Action("Make maintenance scripts require an explicit environment", ActionClass.PREVENT,
                            ActionPriority.NORMAL, "Scripts exit without --env", "growth"))),
            new Scenario("Expired TLS certificate caught by a manual check\nThe inventory API certificate had 2 days left; "
                    + "renewal automation had silently failed.", "inventory", "core", Severity.SEV3, null, null,
                    "Certificate renewal had failed for weeks without an alert; a manual check found it two days before expiry.",
                    "None.", "A manual check.", "Renewed by hand.", "Nothing to recover.",
                    "Someone looked.", "Renewal failures are not alerted.", "Two days of margin.",
                    List.of(new Factor(FactorCategory.TECHNOLOGY, "Renewal job failures are not alerted", "monitoring-gap")),
                    List.of()),
            new Scenario("Feature flag nearly enabled for all users\nA flag meant for 1% of users was set to 100% in the "
                    + "review form; the reviewer noticed.", "checkout", "payments", Severity.SEV4, null, null,
                    "The flag form's percentage field accepts 100 without a second confirmation.",
                    "None.", "Peer review.", "Corrected before saving.", "Nothing to recover.",
                    "Peer review of flag changes.", "The form has no guard for full rollouts.", "The reviewer was paying attention.",
                    List.of(new Factor(FactorCategory.TECHNOLOGY, "Flag tool has no guard for full rollouts", "unsafe-default")),
                    List.of()),
            new Scenario("Backup restore test found a missing table\nThe monthly restore drill showed the audit table "
                    + "was not in the backup set.", "payments-api", "payments", Severity.SEV3, "AWS", null,
                    "The backup job's table list was maintained by hand and missed a table added in spring.",
                    "None.", "The restore drill.", "Added the table to the backup set.", "Nothing to recover.",
                    "The drill exists and runs monthly.", "The table list is manual.", "No restore was needed before the drill.",
                    List.of(new Factor(FactorCategory.PROCESS, "Backup table list maintained by hand", "workaround")),
                    List.of()));
}

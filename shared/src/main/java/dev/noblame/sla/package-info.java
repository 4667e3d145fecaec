/**
 * SLA rules of DESIGN §3: the policy ({@link dev.noblame.sla.SlaPolicy}, YAML laid over the bundled
 * {@code default-policy.yaml}), business calendars with time zones and holidays
 * ({@link dev.noblame.sla.BusinessCalendar}), windows ({@link dev.noblame.sla.SlaWindow}), and the
 * evaluator ({@link dev.noblame.sla.SlaEvaluator}) that gives each postmortem and action its due
 * instant, state and the reminders, escalations and effectiveness checks due at an instant.
 *
 * <p>Idempotence contract: every {@link dev.noblame.sla.SlaEvent} has a stable key built from what it
 * is about (type, deadline, subject, due instant). The caller passes the keys already sent as a
 * predicate and records new ones after sending; the key doubles as the outbox idempotency key.
 */
package dev.noblame.sla;

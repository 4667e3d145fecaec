/**
 * Regulatory clocks started by a legal trigger (GDPR Art. 33, NIS2 Art. 23, SEC 8-K Item 1.05,
 * DORA) with each deadline's state, and the legal hold that freezes deletion. The clocks are
 * computed, never stored: persist the {@link dev.noblame.compliance.LegalTrigger} and the
 * {@link dev.noblame.compliance.Filing}s, and ask {@link dev.noblame.compliance.RegulatoryClocks}.
 */
package dev.noblame.compliance;

/** Jira: REST client, provisioning, action sync, SLA job and webhook handling. */
package dev.noblame.jira;

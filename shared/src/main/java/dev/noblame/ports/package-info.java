/**
 * Ports: one small interface per capability the domain needs from the outside world, named
 * for its domain role. Adapters (server persistence, the Jira, Jenkins and Confluence
 * plugins) implement them; {@code ports.memory} holds in-memory implementations for tests
 * and benchmarks.
 */
package dev.noblame.ports;

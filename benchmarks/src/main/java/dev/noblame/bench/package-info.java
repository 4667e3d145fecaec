/** JMH benchmarks and load drivers; run on demand, see the README. */
package dev.noblame.bench;

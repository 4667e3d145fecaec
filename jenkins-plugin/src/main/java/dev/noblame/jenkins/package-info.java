/** Jenkins: event intake, deployment to incident correlation, deploy gate, build-page client, DORA figures. */
package dev.noblame.jenkins;

package com.cloudbees.groovy.cps;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in for Jenkins' {@code @NonCPS} (from groovy-cps, which only the Jenkins repository
 * serves), so the shared library compiles in tests. Outside Jenkins there is no CPS: a marker suffices.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface NonCPS {
}

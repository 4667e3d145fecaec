package dev.noblame.action;

public enum ActionClass {
    MITIGATE, PREVENT, DETECT, PROCESS
}

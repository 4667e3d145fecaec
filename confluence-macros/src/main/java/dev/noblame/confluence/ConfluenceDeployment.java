package dev.noblame.confluence;

import dev.noblame.confluence.markup.UserRef;

/** Cloud and Data Center differ in REST paths, auth and how a user is referenced in storage format. */
public enum ConfluenceDeployment {
    CLOUD(UserRef.Kind.ACCOUNT_ID), DATACENTER(UserRef.Kind.USER_KEY);

    private final UserRef.Kind userKind;

    ConfluenceDeployment(UserRef.Kind userKind) {
        this.userKind = userKind;
    }

    public UserRef.Kind userKind() {
        return userKind;
    }
}

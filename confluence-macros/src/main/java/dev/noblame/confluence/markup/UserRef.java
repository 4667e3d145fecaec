package dev.noblame.confluence.markup;

import dev.noblame.common.Checks;

/** An opaque Confluence user id: {@code ri:account-id} on Cloud, {@code ri:userkey} on Data Center. */
public record UserRef(Kind kind, String id, String displayHint) {
    public enum Kind {
        ACCOUNT_ID("ri:account-id"), USER_KEY("ri:userkey");

        private final String attribute;

        Kind(String attribute) {
            this.attribute = attribute;
        }

        public String attribute() {
            return attribute;
        }
    }

    public UserRef {
        Checks.start().notNull(kind, "kind").notBlank(id, "id").orThrow();
    }
}

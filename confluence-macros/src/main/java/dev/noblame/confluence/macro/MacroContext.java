package dev.noblame.confluence.macro;

import dev.noblame.confluence.ConfluenceDeployment;
import dev.noblame.confluence.markup.Node;
import dev.noblame.confluence.markup.UserRef;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a macro needs to know besides its data: which Confluence it writes for (user references
 * differ), whether Jira is linked, which people have a Confluence id, and what day it is.
 *
 * @param users NoBlame user name → Confluence account id (Cloud) or user key (Data Center);
 *              a name without an entry is shown as text
 * @param space the space key pages live in (the index macro's CQL scope); null for any space
 */
public record MacroContext(ConfluenceDeployment deployment, Optional<JiraMacro> jira, Map<String, String> users,
                           LocalDate today, String space) {
    public MacroContext {
        Objects.requireNonNull(deployment, "deployment");
        Objects.requireNonNull(today, "today");
        jira = jira == null ? Optional.empty() : jira;
        users = Map.copyOf(users == null ? Map.of() : users);
    }

    public MacroContext withJira(JiraMacro j) {
        return new MacroContext(deployment, Optional.of(j), users, today, space);
    }

    public MacroContext withUsers(Map<String, String> u) {
        return new MacroContext(deployment, jira, u, today, space);
    }

    public MacroContext withSpace(String s) {
        return new MacroContext(deployment, jira, users, today, s);
    }

    public MacroContext on(ConfluenceDeployment d) {
        return new MacroContext(d, jira, users, today, space);
    }

    /** A person as a user mention when Confluence knows them, otherwise as text. */
    public Node person(String name) {
        if (name == null || name.isBlank()) {
            return new Node.Text("");
        }
        String id = users.get(name);
        return id == null ? new Node.Text(name) : new Node.User(new UserRef(deployment.userKind(), id, name));
    }
}

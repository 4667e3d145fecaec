package dev.noblame.confluence;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.noblame.common.PublicationGuard;
import dev.noblame.ports.PagePublisher;
import dev.noblame.ports.PageTarget;
import dev.noblame.render.PostmortemDocument;
import dev.noblame.render.RedactedPostmortem;
import dev.noblame.render.RedactedRollup;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What may be published is fixed by types: just-culture records cannot reach a renderer, and
 * nothing reaches the publisher without passing through redaction.
 */
class JustCultureBoundaryTest {
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.noblame.render", "dev.noblame.confluence", "dev.noblame.ports");

    @Test
    void no_renderer_publisher_or_port_knows_a_just_culture_record() {
        noClasses().that().resideInAnyPackage("dev.noblame.render..", "dev.noblame.confluence..", "dev.noblame.ports..")
                .should().dependOnClassesThat().resideInAPackage("dev.noblame.culture..")
                .because("just-culture records are stored apart and never published")
                .check(PRODUCTION);
    }

    @Test
    void nothing_a_postmortem_document_can_hold_is_a_restricted_record() {
        java.util.Set<Class<?>> seen = new java.util.HashSet<>();
        java.util.ArrayDeque<java.lang.reflect.Type> todo = new java.util.ArrayDeque<>(List.of(PostmortemDocument.class));
        while (!todo.isEmpty()) {
            java.lang.reflect.Type t = todo.pop();
            if (t instanceof java.lang.reflect.ParameterizedType p) {
                todo.addAll(Arrays.asList(p.getActualTypeArguments()));
                t = p.getRawType();
            }
            if (!(t instanceof Class<?> c) || !seen.add(c)) {
                continue;
            }
            assertThat(PublicationGuard.isRestricted(c)).as(c.getName()).isFalse();
            if (c.isRecord()) {
                for (var component : c.getRecordComponents()) {
                    todo.push(component.getGenericType());
                }
            }
        }
        assertThat(seen).contains(PostmortemDocument.class, dev.noblame.incident.Incident.class, dev.noblame.action.ActionItem.class);
    }

    @Test
    void the_publisher_port_takes_only_redacted_content() {
        Set<Class<?>> allowed = Set.of(RedactedPostmortem.class, RedactedRollup.class, PageTarget.class);

        for (Method m : PagePublisher.class.getMethods()) {
            assertThat(Arrays.asList(m.getParameterTypes())).as(m.getName()).allMatch(allowed::contains);
        }
    }

    @Test
    void redacted_content_can_only_be_made_by_redacting() {
        for (Class<?> type : new Class<?>[] {RedactedPostmortem.class, RedactedRollup.class}) {
            assertThat(type.getConstructors()).as(type.getSimpleName() + " public constructors").isEmpty();
            assertThat(Modifier.isFinal(type.getModifiers())).isTrue();
            assertThat(Arrays.stream(type.getMethods()).filter(m -> Modifier.isStatic(m.getModifiers()) && m.getReturnType() == type))
                    .allMatch(m -> Arrays.asList(m.getParameterTypes()).contains(dev.noblame.redaction.Redactor.class));
        }
    }
}

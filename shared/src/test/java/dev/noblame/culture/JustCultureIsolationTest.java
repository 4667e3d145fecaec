package dev.noblame.culture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.noblame.common.DomainException;
import dev.noblame.common.PublicationGuard;
import dev.noblame.incident.Incident;
import dev.noblame.postmortem.Postmortem;
import dev.noblame.render.HtmlRenderer;
import dev.noblame.render.MarkdownRenderer;
import dev.noblame.render.PostmortemDocument;
import dev.noblame.render.PostmortemFixtures;
import dev.noblame.render.PostmortemJson;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Just-culture records never appear in a postmortem: no type a renderer takes can hold one,
 * no renderer accepts one, and rendering a postmortem after a triage shows none of it.
 */
class JustCultureIsolationTest {

    /** Every type reachable through record components, fields and generic arguments. */
    private static Set<Class<?>> reachableFrom(Class<?> root) {
        Set<Class<?>> seen = new HashSet<>();
        Deque<Type> todo = new ArrayDeque<>();
        todo.add(root);
        while (!todo.isEmpty()) {
            Type t = todo.pop();
            if (t instanceof ParameterizedType p) {
                todo.add(p.getRawType());
                todo.addAll(java.util.List.of(p.getActualTypeArguments()));
                continue;
            }
            if (!(t instanceof Class<?> c) || !seen.add(c)) {
                continue;
            }
            if (c.isArray()) {
                todo.add(c.getComponentType());
            }
            if (!c.getName().startsWith("dev.noblame.")) {
                continue;
            }
            if (c.isRecord()) {
                for (RecordComponent rc : c.getRecordComponents()) {
                    todo.add(rc.getGenericType());
                }
            }
            for (var f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    todo.add(f.getGenericType());
                }
            }
        }
        return seen;
    }

    @Test
    void no_postmortem_incident_or_rendered_document_type_can_hold_a_just_culture_record() {
        for (Class<?> root : new Class<?>[] {PostmortemDocument.class, Postmortem.class, Incident.class}) {
            Set<Class<?>> reachable = reachableFrom(root);
            assertThat(reachable).as("types reachable from " + root.getSimpleName()).isNotEmpty()
                    .noneMatch(PublicationGuard::isRestricted)
                    .doesNotContain(Object.class);
        }
    }

    @Test
    void no_renderer_accepts_a_just_culture_type_or_an_untyped_object() {
        for (Class<?> renderer : new Class<?>[] {MarkdownRenderer.class, HtmlRenderer.class, PostmortemJson.class}) {
            for (Method m : renderer.getMethods()) {
                if (m.getDeclaringClass() == Object.class) {
                    continue;
                }
                for (Class<?> p : m.getParameterTypes()) {
                    assertThat(PublicationGuard.isRestricted(p)).as(renderer.getSimpleName() + "." + m.getName()).isFalse();
                    assertThat(p).as(renderer.getSimpleName() + "." + m.getName() + " takes Object").isNotEqualTo(Object.class);
                }
            }
        }
    }

    @Test
    void rendering_a_postmortem_after_a_triage_shows_nothing_of_it() {
        PostmortemDocument doc = PostmortemFixtures.checkoutOutage();
        String concern = "CONCERN-7f3a: change made without the second approval";
        TriageFlow flow = TriageFlow.start(new TriageRequest(doc.incident().id(), "employee-4711", concern, "people-ops", true));
        for (Map.Entry<String, Boolean> a : Map.of("deliberate-harm", false).entrySet()) {
            flow = flow.answer(a.getKey(), a.getValue());
        }
        flow = flow.answer("incapacity", false).answer("knowing-departure", true).answer("procedure-workable", true)
                .answer("conscious-risk", true);
        JustCultureRecord record = flow.record("JC-9", Instant.EPOCH);

        for (String rendered : new String[] {MarkdownRenderer.render(doc), HtmlRenderer.page(doc)}) {
            assertThat(rendered).doesNotContain("CONCERN-7f3a").doesNotContain("employee-4711")
                    .doesNotContain(record.culpability().wire()).doesNotContain("people-ops").doesNotContainIgnoringCase("just culture");
        }
    }

    @Test
    void the_publication_guard_refuses_a_just_culture_record_and_passes_a_postmortem() {
        JustCultureRecord record = TriageFlow.start(new TriageRequest(dev.noblame.incident.IncidentId.of(3), "employee-1",
                        "concern", "people-ops", true))
                .answer("deliberate-harm", true).record("JC-1", Instant.EPOCH);
        assertThatThrownBy(() -> PublicationGuard.requirePublishable(record)).isInstanceOf(DomainException.class)
                .hasMessageContaining("never rendered or published");
        PostmortemDocument doc = PostmortemFixtures.checkoutOutage();
        assertThat(PublicationGuard.requirePublishable(doc)).isSameAs(doc);
    }
}

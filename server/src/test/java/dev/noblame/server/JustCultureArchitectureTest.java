package dev.noblame.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Just-culture records are stored apart and never published (DESIGN §3, §6): nothing that
 * renders, publishes or models a postmortem may refer to the culture package. Renderers that
 * want a runtime check call {@code dev.noblame.common.PublicationGuard}.
 */
@AnalyzeClasses(packages = "dev.noblame", importOptions = ImportOption.DoNotIncludeTests.class)
class JustCultureArchitectureTest {

    @ArchTest
    static final ArchRule postmortem_rendering_and_publishing_never_touch_just_culture_records = noClasses()
            .that().resideInAnyPackage("dev.noblame.postmortem..", "dev.noblame.incident..", "dev.noblame.render..",
                    "dev.noblame.confluence..", "dev.noblame.jira..", "dev.noblame.jenkins..", "dev.noblame.action..")
            .should().dependOnClassesThat().resideInAPackage("dev.noblame.culture..")
            .because("a just-culture record is restricted to people-ops and never part of a postmortem");

}

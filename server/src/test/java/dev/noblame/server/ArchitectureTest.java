package dev.noblame.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The arrows of DESIGN §2: server → plugins → shared, and nothing back. */
@AnalyzeClasses(packages = "dev.noblame", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] SHARED = {
        "dev.noblame.common..", "dev.noblame.incident..", "dev.noblame.postmortem..", "dev.noblame.action..",
        "dev.noblame.sla..", "dev.noblame.language..", "dev.noblame.redaction..", "dev.noblame.culture..",
        "dev.noblame.compliance..", "dev.noblame.kpi..", "dev.noblame.evidence..", "dev.noblame.deployment..",
        "dev.noblame.render..", "dev.noblame.ports.."
    };

    @ArchTest
    static final ArchRule shared_imports_no_other_module = noClasses().that().resideInAnyPackage(SHARED)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dev.noblame.jira..", "dev.noblame.jenkins..", "dev.noblame.confluence..", "dev.noblame.server..");

    @ArchTest
    static final ArchRule shared_imports_no_http_sql_or_templating = noClasses().that().resideInAnyPackage(SHARED)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "java.net.http..", "java.sql..", "javax.sql..", "io.javalin..", "org.eclipse.jetty..",
                    "jakarta.servlet..", "org.jdbi..", "org.flywaydb..", "com.zaxxer..", "gg.jte..",
                    "org.h2..", "org.postgresql..", "com.github.kagkarlsson..", "freemarker..", "org.thymeleaf..");

    @ArchTest
    static final ArchRule jira_plugin_imports_no_other_plugin_or_server = noClasses().that().resideInAPackage("dev.noblame.jira..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.noblame.jenkins..", "dev.noblame.confluence..", "dev.noblame.server..");

    @ArchTest
    static final ArchRule jenkins_plugin_imports_no_other_plugin_or_server = noClasses().that().resideInAPackage("dev.noblame.jenkins..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.noblame.jira..", "dev.noblame.confluence..", "dev.noblame.server..");

    @ArchTest
    static final ArchRule confluence_macros_import_no_other_plugin_or_server = noClasses().that().resideInAPackage("dev.noblame.confluence..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.noblame.jira..", "dev.noblame.jenkins..", "dev.noblame.server..");
}

package io.tokengateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.tokengateway.platform.control.JsonFactories;
import io.tokengateway.platform.control.JsonbProducer;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The direction of the dependencies between the components (README, "Layout"). From the ground up: {@code platform};
 * {@code contract} and {@code audit}; {@code security}; {@code tokens}; {@code sandbox}, which implements the
 * transport port of {@code tokens}, and {@code viewers}, which mints viewer tokens from subscribe tokens; {@code web},
 * the console on top. A component imports only those below it.
 */
class ArchitectureTest {

    private static final String ROOT = "io.tokengateway";
    private static JavaClasses main;

    @BeforeAll
    static void importTheMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    private static String component(String name) {
        return ROOT + "." + name + "..";
    }

    private static void check(ArchRule rule) {
        rule.check(main);
    }

    @Test
    void platformIsTheGroundFloorAndImportsNoComponent() {
        check(noClasses().that().resideInAPackage(component("platform")).should().dependOnClassesThat()
                .resideInAnyPackage(component("contract"), component("audit"), component("security"), component("tokens"),
                        component("sandbox"), component("web")));
    }

    @Test
    void contractImportsOnlyPlatformAndTheAuditVocabulary() {
        check(noClasses().that().resideInAPackage(component("contract")).should().dependOnClassesThat()
                .resideInAnyPackage(component("security"), component("tokens"), component("sandbox"), component("web"),
                        component("audit.control"), component("audit.boundary")));
    }

    @Test
    void auditIsToldWhatHappenedAndAsksNobody() {
        check(noClasses().that().resideInAPackage(component("audit")).should().dependOnClassesThat()
                .resideInAnyPackage(component("contract"), component("security"), component("tokens"), component("sandbox"),
                        component("web")));
    }

    @Test
    void securityImportsNoTokensSandboxOrConsole() {
        check(noClasses().that().resideInAPackage(component("security")).should().dependOnClassesThat()
                .resideInAnyPackage(component("tokens"), component("sandbox"), component("web")));
    }

    @Test
    void tokensDoNotKnowTheSandboxNorTheConsole() {
        check(noClasses().that().resideInAPackage(component("tokens")).should().dependOnClassesThat()
                .resideInAnyPackage(component("sandbox"), component("web")));
    }

    @Test
    void theSandboxIsATransportAndKnowsNoSecurityAuditOrConsole() {
        check(noClasses().that().resideInAPackage(component("sandbox")).should().dependOnClassesThat()
                .resideInAnyPackage(component("security"), component("audit"), component("web")));
    }

    @Test
    void viewersMintAboveTokensAndSecurityAndKnowNoSandboxNorConsole() {
        check(noClasses().that().resideInAPackage(component("viewers")).should().dependOnClassesThat()
                .resideInAnyPackage(component("sandbox"), component("web")));
    }

    @Test
    void nothingBelowTheConsoleImportsViewers() {
        check(noClasses().that().resideInAnyPackage(component("platform"), component("contract"), component("audit"),
                component("security"), component("tokens"), component("sandbox")).should().dependOnClassesThat()
                .resideInAPackage(component("viewers")));
    }

    @Test
    void noComponentsDependOnEachOtherInACircle() {
        check(slices().matching(ROOT + ".(*)..").should().beFreeOfCycles());
    }

    @Test
    void entitiesAreDataAndDoNotReachIntoControlOrBoundary() {
        check(noClasses().that().resideInAPackage("..entity..").should().dependOnClassesThat()
                .resideInAnyPackage("..boundary.."));
    }

    @Test
    void theJsonProviderIsLookedUpOnceNotPerCall() {
        // jakarta.json.Json's static factories and JsonbBuilder.create look the provider up through a ServiceLoader
        // scan on every call: JsonFactories holds the provider, JsonbProducer the one Jsonb
        check(noClasses().that().doNotHaveFullyQualifiedName(JsonFactories.class.getName())
                .should().callMethodWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
                        HasName.Predicates.name("jakarta.json.Json"))))
                .because("Json.create… runs JsonProvider.provider() each time; use JsonFactories"));
        check(noClasses().that().doNotHaveFullyQualifiedName(JsonbProducer.class.getName())
                .should().callMethod(JsonbBuilder.class, "create", JsonbConfig.class)
                .orShould().callMethod(JsonbBuilder.class, "create")
                .because("the application has one Jsonb (JsonbProducer)"));
    }

    @Test
    void noContainerAuthenticationMechanismRunsOnEveryRequest() {
        // An HttpAuthenticationMechanism bean makes the container run its Jakarta Authentication bridge on every
        // request of the module: a JNDI look-up and a global lock per request, a third of the request path's CPU
        // (docs/performance.md). Callers are identified by security.boundary.CallerAuthentication instead.
        check(noClasses().should().implement("jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism")
                .because("the caller is found by the CallerAuthentication filter, not through the container's bridge"));
    }
}

package org.nstac.portal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The structure, stated as rules and checked on every build:
 * <ul>
 * <li>the base (shared kernel, platform, security, audit, vault) depends on no feature;</li>
 * <li>no feature reaches into another feature's {@code infrastructure} or {@code web} package: features meet
 * through application services (and domain types), by id;</li>
 * <li>only the member feature and the vault itself reach the vault; every other feature asks the shared contracts
 * the vault's door implements ({@code LegalNameCheck}, {@code SealedFiles}, {@code MailRecipients});</li>
 * <li>the ledger ({@code payment}) depends on no other feature: features tell it of work, it asks nobody;</li>
 * <li>no cycles between top-level packages.</li>
 * </ul>
 */
class ArchitectureTest {

    static final String ROOT = "org.nstac.portal";
    static final List<String> FEATURES = List.of("organisation", "member", "consent", "consultation", "task",
            "meeting", "payment", "notification", "directory", "report", "learning", "care", "terms");
    static final List<String> BASE = List.of("shared", "platform", "security", "audit", "vault");

    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    static List<String> features() {
        return FEATURES;
    }

    @Test
    void theBaseDependsOnNoFeature() {
        String[] features = FEATURES.stream().map(f -> ROOT + "." + f + "..").toArray(String[]::new);
        noClasses().that().resideInAnyPackage(ROOT + ".shared..", ROOT + ".platform..", ROOT + ".security..",
                        ROOT + ".audit..", ROOT + ".vault..")
                .should().dependOnClassesThat().resideInAnyPackage(features)
                .because("the shared kernel and the platform serve every feature and know none")
                .check(classes);
    }

    @Test
    void theSharedKernelAndThePlatformDependOnNothingAboveThem() {
        noClasses().that().resideInAnyPackage(ROOT + ".shared..", ROOT + ".platform..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".security..", ROOT + ".audit..",
                        ROOT + ".vault..")
                .check(classes);
    }

    @ParameterizedTest(name = "nobody reaches into {0}'s infrastructure or web")
    @MethodSource("features")
    void noFeatureReachesIntoAnothersInfrastructureOrWeb(String feature) {
        noClasses().that().resideOutsideOfPackage(ROOT + "." + feature + "..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + "." + feature + ".infrastructure..",
                        ROOT + "." + feature + ".web..")
                .because("features meet through application services, by id")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void onlyTheMemberFeatureAndTheVaultReachTheVaultsInsides() {
        noClasses().that().resideInAnyPackage(FEATURES.stream().filter(f -> !f.equals("member"))
                        .map(f -> ROOT + "." + f + "..").toArray(String[]::new))
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".vault..")
                .because("features other than the member feature reach the vault only through shared contracts "
                        + "(LegalNameCheck, SealedFiles, MailRecipients) that its narrow door implements")
                .check(classes);
        noClasses().that().resideOutsideOfPackages(ROOT + ".vault..", ROOT + ".member..")
                .should().callMethod(org.nstac.portal.vault.application.IdentityVault.class, "open", String.class)
                .because("a whole identity opens only in the member feature's reveal services")
                .check(classes);
    }

    @Test
    void theLedgerDependsOnNoOtherFeature() {
        String[] others = FEATURES.stream().filter(f -> !f.equals("payment")).map(f -> ROOT + "." + f + "..")
                .toArray(String[]::new);
        noClasses().that().resideInAPackage(ROOT + ".payment..")
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .because("features tell the ledger of work (Accruals); the ledger asks no feature")
                .check(classes);
    }

    @Test
    void noCyclesBetweenTopLevelPackages() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void domainCodeIsFreeOfTheServerAndTheWeb() {
        ArchRule rule = noClasses().that().resideInAPackage("..domain..")
                .and().resideOutsideOfPackages(ROOT + ".member.domain..", ROOT + ".consent.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.faces..", "jakarta.ws.rs..",
                        "jakarta.servlet..", "org.primefaces..");
        rule.check(classes);
    }

    /**
     * Every entity maps a member's reference as a {@link org.nstac.portal.shared.MemberRef}, never as plain text, in
     * a {@code member_ref} column that is not its key. Keys stay text by the JPA rule that an attribute converter does
     * not apply to an {@code @Id} (the vault's records, {@code MemberProfile}, the two stance records). The count
     * keeps the rule from passing because it found no entity at all (there were 17 such entities when it was written).
     */
    static final int ENTITIES_WITH_A_MEMBER_REF_AT_LEAST = 17;

    @Test
    void entitiesMapAMembersReferenceAsAMemberRef() {
        Map<String, String> typeOf = new TreeMap<>();
        for (JavaClass c : classes) {
            if (!c.isAnnotatedWith("jakarta.persistence.Entity")) {
                continue;
            }
            for (JavaField f : c.getFields()) {
                f.tryGetAnnotationOfType(jakarta.persistence.Column.class)
                        .filter(col -> col.name().equals("member_ref"))
                        .filter(col -> !f.isAnnotatedWith(jakarta.persistence.Id.class))
                        .ifPresent(col -> typeOf.put(c.getSimpleName(), f.getRawType().getSimpleName()));
            }
        }
        assertTrue(typeOf.size() >= ENTITIES_WITH_A_MEMBER_REF_AT_LEAST,
                () -> "entities with a member_ref column: " + typeOf);
        typeOf.forEach((entity, type) -> assertEquals("MemberRef", type, entity + ".member_ref"));
    }
}

package news.akhbar.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * The layering of the features, as rules over a root package (the application's, or a test fixture's):
 *
 * <pre>
 * wordpress ──> article, author, taxonomy, comment, search
 * demo, importer ──> article, author, taxonomy
 * search, syndication ──> article, author, taxonomy
 * comment ──> article, account
 * auth ──> account
 * article ──> author, taxonomy, account, media
 * account ──> author
 * author ──> media
 * taxonomy, media ──> (nothing)
 * webhook ──> (nothing but common)
 * every feature ──> common; common ──> no feature
 * </pre>
 *
 * An upstream feature that needs something of articles (counts, "is it in use") owns an interface that article
 * implements; article, which needs text similarity from search, owns {@code SimilarArticles}, which search implements.
 */
final class ArchitectureRules {

    static final List<String> FEATURES = List.of(
            "wordpress",
            "demo",
            "importer",
            "search",
            "syndication",
            "webhook",
            "comment",
            "auth",
            "article",
            "account",
            "author",
            "taxonomy",
            "media");

    private ArchitectureRules() {}

    static ArchRule featureLayering(String root) {
        return layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("wordpress")
                .definedBy(root + ".wordpress..")
                .layer("demo")
                .definedBy(root + ".demo..")
                .layer("importer")
                .definedBy(root + ".importer..")
                .layer("search")
                .definedBy(root + ".search..")
                .layer("syndication")
                .definedBy(root + ".syndication..")
                .layer("webhook")
                .definedBy(root + ".webhook..")
                .layer("comment")
                .definedBy(root + ".comment..")
                .layer("auth")
                .definedBy(root + ".auth..")
                .layer("article")
                .definedBy(root + ".article..")
                .layer("account")
                .definedBy(root + ".account..")
                .layer("author")
                .definedBy(root + ".author..")
                .layer("taxonomy")
                .definedBy(root + ".taxonomy..")
                .layer("media")
                .definedBy(root + ".media..")
                .layer("common")
                .definedBy(root + ".common..")
                .whereLayer("wordpress")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("demo")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("importer")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("search")
                .mayOnlyBeAccessedByLayers("wordpress")
                .whereLayer("syndication")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("webhook")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("comment")
                .mayOnlyBeAccessedByLayers("importer", "wordpress")
                .whereLayer("auth")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("article")
                .mayOnlyBeAccessedByLayers("comment", "demo", "importer", "search", "syndication", "wordpress")
                .whereLayer("account")
                .mayOnlyBeAccessedByLayers("article", "comment", "auth")
                .whereLayer("author")
                .mayOnlyBeAccessedByLayers(
                        "account", "article", "demo", "importer", "search", "syndication", "wordpress")
                .whereLayer("taxonomy")
                .mayOnlyBeAccessedByLayers("article", "demo", "importer", "search", "syndication", "wordpress")
                .whereLayer("media")
                .mayOnlyBeAccessedByLayers("article", "author")
                .as("features depend on each other in one direction only");
    }

    static ArchRule noCyclesBetweenFeatures(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles().as("no cycles between feature packages");
    }

    static ArchRule commonDependsOnNoFeature(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + ".common..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(FEATURES.stream()
                        .map(feature -> root + "." + feature + "..")
                        .toArray(String[]::new))
                .as("common depends on no feature");
    }

    static ArchRule resourcesUseServicesOnly(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + "..")
                .and()
                .haveSimpleNameEndingWith("Resource")
                .should()
                .dependOnClassesThat(persistence())
                .as("resources never touch repositories or entities");
    }

    static ArchRule entitiesStayInTheirFeature(String root) {
        return classes()
                .that()
                .resideInAPackage(root + "..")
                .and()
                .areAnnotatedWith(Entity.class)
                .or()
                .areAnnotatedWith(Embeddable.class)
                .should(beUsedOnlyInTheirOwnPackage())
                .as("entities are used only in their own feature");
    }

    static List<ArchRule> all(String root) {
        return List.of(
                featureLayering(root),
                noCyclesBetweenFeatures(root),
                commonDependsOnNoFeature(root),
                resourcesUseServicesOnly(root),
                entitiesStayInTheirFeature(root));
    }

    private static DescribedPredicate<JavaClass> persistence() {
        return DescribedPredicate.describe(
                "repositories or entities",
                type -> type.getSimpleName().endsWith("Repository")
                        || type.isAssignableTo(PanacheRepositoryBase.class)
                        || type.isAnnotatedWith(Entity.class));
    }

    private static ArchCondition<JavaClass> beUsedOnlyInTheirOwnPackage() {
        return new ArchCondition<>("be used only in their own package") {
            @Override
            public void check(JavaClass entity, ConditionEvents events) {
                for (Dependency dependency : entity.getDirectDependenciesToSelf()) {
                    JavaClass user = dependency.getOriginClass();
                    if (!user.getPackageName().equals(entity.getPackageName())) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}

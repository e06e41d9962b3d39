package org.clientbase.rules.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.ArrayList;
import java.util.List;
import org.clientbase.rules.architecture.fixture.api.Allowed;
import org.clientbase.rules.architecture.fixture.api.ConstructedWithOptional;
import org.clientbase.rules.architecture.fixture.api.TakesOptional;
import org.clientbase.rules.architecture.fixture.api.internal.InternalHelper;
import org.junit.jupiter.api.Test;

/** The published API takes no {@code Optional} arguments: an absent value is a shorter overload. */
class PublicApiRulesTest {
  @Test
  void noPublishedMethodOrConstructorTakesAnOptional() {
    JavaClasses published = LibraryModules.published();
    assertThat(published.containPackage("org.clientbase.spi.store")).isTrue();
    assertThat(published.containPackage("org.clientbase.testkit.contract")).isTrue();
    PublicApiRules.NO_OPTIONAL_PARAMETERS.check(published);
  }

  @Test
  void theRuleCatchesPublicMethodsProtectedMethodsAndConstructorsTakingAnOptional() {
    EvaluationResult result = PublicApiRules.NO_OPTIONAL_PARAMETERS.evaluate(new ClassFileImporter()
        .importClasses(TakesOptional.class, ConstructedWithOptional.class));
    assertThat(result.getFailureReport().getDetails()).hasSize(3)
        .anySatisfy(line -> assertThat(line).contains("TakesOptional.orNone(java.util.Optional)"))
        .anySatisfy(line -> assertThat(line).contains("ConstructedWithOptional.<init>(java.util.Optional)"))
        .anySatisfy(line -> assertThat(line).contains("ConstructedWithOptional.text(java.util.Optional)"));
  }

  @Test
  void theRuleLeavesRecordComponentsHiddenMembersAndInternalsAlone() {
    List<Class<?>> types = new ArrayList<>(List.of(Allowed.class, InternalHelper.class));
    types.addAll(List.of(Allowed.class.getDeclaredClasses()));
    assertThat(types).extracting(Class::getSimpleName).contains("Hidden");
    JavaClasses classes = new ClassFileImporter().importClasses(types);
    assertThat(PublicApiRules.NO_OPTIONAL_PARAMETERS.evaluate(classes).hasViolation()).isFalse();
  }
}

package org.clientbase.rules.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of the published API: what a host can call takes plain values, so an absent value
 * is a shorter overload rather than an {@link Optional} argument.
 */
final class PublicApiRules {
  private PublicApiRules() {}

  /**
   * No public or protected method or constructor of a public type outside the {@code internal}
   * packages takes an {@link Optional} parameter. The canonical constructor of a record is left
   * out: its parameters are the record's components, and an {@code Optional} component (read
   * through its accessor) is fine. So is a domain builder's {@code Optional} setter beside its
   * plain setter of the same name.
   */
  static final ArchRule NO_OPTIONAL_PARAMETERS = noOptionalParametersExcept(Set.of());

  /**
   * The same rule, leaving out some members by full name (as ArchUnit writes it, for example
   * {@code "a.b.Type.method(java.util.Optional, int)"}).
   *
   * @param exceptions the full names of the members left out
   * @return the rule
   */
  static ArchRule noOptionalParametersExcept(Set<String> exceptions) {
    return codeUnits()
        .that(DescribedPredicate.describe("are part of the published API",
            (JavaCodeUnit unit) -> published(unit) && !exceptions.contains(unit.getFullName())))
        .should(new ArchCondition<JavaCodeUnit>("take no Optional parameter") {
          @Override
          public void check(JavaCodeUnit unit, ConditionEvents events) {
            List<JavaClass> parameters = unit.getRawParameterTypes();
            for (int i = 0; i < parameters.size(); i++) {
              if (parameters.get(i).isEquivalentTo(Optional.class)) {
                events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " takes an Optional as parameter "
                    + (i + 1) + " in " + unit.getSourceCodeLocation() + "; give the absent case a shorter overload"));
              }
            }
          }
        })
        .allowEmptyShould(true)
        .because("a caller should not wrap an argument to say it is absent; an overload says it");
  }

  private static boolean published(JavaCodeUnit unit) {
    JavaClass owner = unit.getOwner();
    return visible(unit.getModifiers()) && !unit.getModifiers().contains(JavaModifier.SYNTHETIC)
        && !unit.getModifiers().contains(JavaModifier.BRIDGE)
        && publicType(owner) && !owner.getPackageName().contains(".internal")
        && !(unit instanceof JavaConstructor constructor && canonicalOfRecord(constructor))
        && !optionalSetterOfBuilder(unit);
  }

  /**
   * A domain builder's setter of an optional attribute: beside it stands the plain setter of
   * the same name, and the absent case is not calling either; the {@code Optional} form copies a
   * value that is already optional.
   */
  private static boolean optionalSetterOfBuilder(JavaCodeUnit unit) {
    JavaClass owner = unit.getOwner();
    if (!owner.getSimpleName().equals("Builder") || unit.getRawParameterTypes().size() != 1) {
      return false;
    }
    return owner.getMethods().stream().anyMatch(other -> other.getName().equals(unit.getName())
        && other.getRawParameterTypes().size() == 1
        && !other.getRawParameterTypes().get(0).isEquivalentTo(Optional.class));
  }

  private static boolean visible(Set<JavaModifier> modifiers) {
    return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
  }

  private static boolean publicType(JavaClass type) {
    if (!type.getModifiers().contains(JavaModifier.PUBLIC) || type.isAnonymousClass() || type.isLocalClass()) {
      return false;
    }
    return type.getEnclosingClass().map(PublicApiRules::publicType).orElse(true);
  }

  private static boolean canonicalOfRecord(JavaConstructor constructor) {
    Class<?> type = constructor.getOwner().reflect();
    if (!type.isRecord()) {
      return false;
    }
    Class<?>[] components = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
        .toArray(Class<?>[]::new);
    return Arrays.equals(components, constructor.reflect().getParameterTypes());
  }
}

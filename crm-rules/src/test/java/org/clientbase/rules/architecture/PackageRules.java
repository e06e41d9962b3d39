package org.clientbase.rules.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;

/**
 * The rules of the package layout: implementation details live in {@code internal} packages
 * that only their own package and its sub-packages use, and the packages under a module's root
 * package do not depend on each other in a circle.
 */
final class PackageRules {
  private static final String INTERNAL = ".internal";

  private PackageRules() {}

  /**
   * No package uses another package's {@code internal}: a class may use {@code a.b.internal}
   * only if its own package is {@code a.b} or below it (so {@code a.b.c} may use
   * {@code a.b.internal}, its ancestor's, but {@code a.x} may not).
   */
  static final ArchRule INTERNALS = classes()
      .should(new ArchCondition<JavaClass>("use only their own or their ancestors' internal packages") {
        @Override
        public void check(JavaClass origin, ConditionEvents events) {
          for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
            JavaClass target = dependency.getTargetClass().getBaseComponentType();
            Optional<String> owner = ownerOfInternal(target.getPackageName());
            if (owner.isPresent() && !within(origin.getPackageName(), owner.get())) {
              events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                  + ", but " + target.getPackageName() + " belongs to " + owner.get()));
            }
          }
        }
      })
      .because("an internal package is the implementation of the package it belongs to");

  /**
   * Returns the package an internal package belongs to: {@code a.b} for {@code a.b.internal}
   * and for {@code a.b.internal.c}.
   */
  static Optional<String> ownerOfInternal(String packageName) {
    String dotted = packageName + ".";
    int at = dotted.indexOf(INTERNAL + ".");
    return at < 0 ? Optional.empty() : Optional.of(packageName.substring(0, at));
  }

  private static boolean within(String packageName, String ancestor) {
    return packageName.equals(ancestor) || packageName.startsWith(ancestor + ".");
  }

  /**
   * The packages directly under each root package (for example {@code org.clientbase.rules.status}
   * with everything below it) do not depend on each other in a circle.
   *
   * @param rootPackages the pattern of the slices, e.g. {@code "org.clientbase.(*).(*).."}
   * @return the rule
   */
  static ArchRule freeOfCycles(String rootPackages) {
    return slices().matching(rootPackages).should().beFreeOfCycles()
        .because("a package that depends on another in a circle cannot be understood or changed on its own");
  }
}

package org.clientbase.rules.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.Optional;
import org.clientbase.rules.architecture.fixture.cycle.left.Left;
import org.clientbase.rules.architecture.fixture.cycle.right.Right;
import org.clientbase.rules.architecture.fixture.owner.UsesOwnInternal;
import org.clientbase.rules.architecture.fixture.owner.child.UsesAncestorInternal;
import org.clientbase.rules.architecture.fixture.owner.internal.Hidden;
import org.clientbase.rules.architecture.fixture.stranger.ReachesIntoAnotherInternal;
import org.junit.jupiter.api.Test;

/** The package layout of the library modules: private internals, no cycles between packages. */
class PackageRulesTest {

  @Test
  void noLibraryPackageUsesAnotherPackagesInternals() {
    JavaClasses library = LibraryModules.classes();
    assertThat(library.containPackage("org.clientbase.rules.internal")).isTrue();
    assertThat(library.containPackage("org.clientbase.rules.status.internal")).isTrue();
    PackageRules.INTERNALS.check(library);
  }

  @Test
  void thePackagesUnderEachModulesRootAreFreeOfCycles() {
    PackageRules.freeOfCycles("org.clientbase.(*).(*)..").check(LibraryModules.classes());
  }

  @Test
  void anInternalPackageBelongsToThePackageAboveIt() {
    assertThat(PackageRules.ownerOfInternal("org.clientbase.rules.status.internal")).contains("org.clientbase.rules.status");
    assertThat(PackageRules.ownerOfInternal("org.clientbase.rules.internal.deeper")).contains("org.clientbase.rules");
    assertThat(PackageRules.ownerOfInternal("org.clientbase.rules.internalised")).isEqualTo(Optional.empty());
    assertThat(PackageRules.ownerOfInternal("org.clientbase.rules.status")).isEmpty();
  }

  @Test
  void aPackageMayUseItsOwnAndItsAncestorsInternals() {
    PackageRules.INTERNALS.check(new ClassFileImporter()
        .importClasses(Hidden.class, UsesOwnInternal.class, UsesAncestorInternal.class));
  }

  @Test
  void theRuleCatchesAPackageReachingIntoAnothersInternals() {
    JavaClasses classes = new ClassFileImporter()
        .importClasses(Hidden.class, UsesOwnInternal.class, ReachesIntoAnotherInternal.class);
    assertThatThrownBy(() -> PackageRules.INTERNALS.check(classes))
        .hasMessageContaining(ReachesIntoAnotherInternal.class.getName())
        .hasMessageContaining("belongs to org.clientbase.rules.architecture.fixture.owner")
        .message().doesNotContain(UsesOwnInternal.class.getName() + ".");
  }

  @Test
  void theRuleCatchesACycleBetweenTwoPackages() {
    JavaClasses classes = new ClassFileImporter().importClasses(Left.class, Right.class);
    assertThatThrownBy(() -> PackageRules.freeOfCycles("org.clientbase.rules.architecture.fixture.cycle.(*)..")
        .check(classes))
        .hasMessageContaining("Cycle detected")
        .hasMessageContaining("left")
        .hasMessageContaining("right");
  }
}

package org.clientbase.rules.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import org.clientbase.core.ClientbaseException;
import org.clientbase.memory.InMemoryClientbase;
import org.clientbase.rules.status.StatusScheme;
import org.clientbase.spi.UnitOfWork;
import org.clientbase.testkit.TestClock;

/** The compiled classes of the library modules, imported for the architecture rules. */
final class LibraryModules {
  private LibraryModules() {}

  /**
   * Returns the classes of crm-core, crm-spi, crm-rules and crm-memory.
   *
   * @return the classes
   */
  static JavaClasses classes() {
    return importModulesOf(List.of(ClientbaseException.class, UnitOfWork.class, StatusScheme.class,
        InMemoryClientbase.class));
  }

  /**
   * Returns the classes of the published modules a host compiles against: the library modules
   * and the test kit. (crm-jdbc is checked by its own build, which sees these rules' classes.)
   *
   * @return the classes
   */
  static JavaClasses published() {
    return importModulesOf(List.of(ClientbaseException.class, UnitOfWork.class, StatusScheme.class,
        InMemoryClientbase.class, TestClock.class));
  }

  private static JavaClasses importModulesOf(List<Class<?>> anchors) {
    List<Location> locations = new ArrayList<>();
    for (Class<?> anchor : anchors) {
      try {
        locations.add(Location.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI()));
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    return new ClassFileImporter().importLocations(locations);
  }
}

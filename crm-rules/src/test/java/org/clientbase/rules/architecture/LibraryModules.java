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

/** The compiled classes of the library modules, imported for the architecture rules. */
final class LibraryModules {
  private LibraryModules() {}

  /**
   * Returns the classes of crm-core, crm-spi, crm-rules and crm-memory.
   *
   * @return the classes
   */
  static JavaClasses classes() {
    List<Location> locations = new ArrayList<>();
    for (Class<?> anchor : List.of(ClientbaseException.class, UnitOfWork.class, StatusScheme.class,
        InMemoryClientbase.class)) {
      try {
        locations.add(Location.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI()));
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    return new ClassFileImporter().importLocations(locations);
  }
}

/**
 * What a host application implements to plug the library into its own storage, transactions,
 * id generation, notifications, access rules and reference services.
 */
@SuppressWarnings("requires-automatic")
module org.clientbase.spi {
  requires transitive org.clientbase.core;
  // read only by javadoc and javac, for the Immutables style annotation on crm-core's types
  requires static org.immutables.value;

  exports org.clientbase.spi;
  exports org.clientbase.spi.store;
  exports org.clientbase.spi.event;
  exports org.clientbase.spi.access;
  exports org.clientbase.spi.lookup;
  exports org.clientbase.spi.matching;
}

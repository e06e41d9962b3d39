/**
 * What a host application implements to plug the library into its own storage, transactions,
 * id generation, notifications, access rules and reference services.
 */
module org.clientbase.spi {
  requires transitive org.clientbase.core;

  exports org.clientbase.spi;
  exports org.clientbase.spi.store;
  exports org.clientbase.spi.event;
  exports org.clientbase.spi.access;
  exports org.clientbase.spi.lookup;
}

/**
 * The procedures of the client base: the status engine, lead conversion, duplicate control,
 * change history and the rest, over the host's SPI implementations.
 */
module org.clientbase.rules {
  requires transitive org.clientbase.core;
  requires transitive org.clientbase.spi;

  exports org.clientbase.rules.status;
}

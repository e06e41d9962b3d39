/**
 * The procedures of the client base: the status engine, lead conversion, duplicate control,
 * change history and the rest, over the host's SPI implementations.
 */
@SuppressWarnings("requires-automatic")
module org.clientbase.rules {
  requires transitive org.clientbase.core;
  requires transitive org.clientbase.spi;
  // read only by javac and javadoc, for the Immutables style annotation on crm-core's types
  requires static org.immutables.value;

  exports org.clientbase.rules;
  exports org.clientbase.rules.status;
  exports org.clientbase.rules.conversion;
  exports org.clientbase.rules.matching;
  exports org.clientbase.rules.access;
  exports org.clientbase.rules.history;
  exports org.clientbase.rules.reminder;
  exports org.clientbase.rules.task;
  exports org.clientbase.rules.interaction;
  exports org.clientbase.rules.classification;
  exports org.clientbase.rules.quality;
  exports org.clientbase.rules.requisites;
}

/**
 * The immutable domain types of the client base: leads, clients, contact persons,
 * counterparties, the dated facts the status rules read, work status definitions, custom
 * fields and card diffs.
 */
@SuppressWarnings("requires-automatic")
module org.clientbase.core {
  requires transitive com.google.common;
  requires static org.immutables.value;

  exports org.clientbase.core;
  exports org.clientbase.core.id;
  exports org.clientbase.core.money;
  exports org.clientbase.core.activity;
  exports org.clientbase.core.status;
}

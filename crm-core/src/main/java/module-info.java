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
  exports org.clientbase.core.tax;
  exports org.clientbase.core.contact;
  exports org.clientbase.core.person;
  exports org.clientbase.core.activity;
  exports org.clientbase.core.status;
  exports org.clientbase.core.card;
  exports org.clientbase.core.field;
  exports org.clientbase.core.lead;
  exports org.clientbase.core.client;
  exports org.clientbase.core.task;
  exports org.clientbase.core.history;
}

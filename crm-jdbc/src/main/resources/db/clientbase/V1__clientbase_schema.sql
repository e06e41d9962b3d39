-- The client base of a host application: one table per SPI store, written by
-- org.clientbase.examples.jdbc. Placeholders are replaced per database:
--   ${id}        an id text, compared as Java compares strings (PostgreSQL: VARCHAR(128) COLLATE "C")
--   ${text}      free text of any length (PostgreSQL: TEXT, H2: CHARACTER LARGE OBJECT)
--   ${json}      a JSON document (PostgreSQL: JSONB, H2: JSON)
-- Every card or fact row is the whole record: typed columns for ids, dates, amounts and enums,
-- JSON columns for the lists and nested values of a card. The *_phone, *_email and
-- client_contact tables are look-up indexes that each write rewrites in the same transaction.
-- There are no foreign keys between directories: a host may load clients, facts and
-- counterparties in any order, and the library writes them in its own order inside a unit of work.

-- ---------------------------------------------------------------- leads
CREATE TABLE lead (
  id                    ${id} NOT NULL,
  version               BIGINT NOT NULL,
  last_name             VARCHAR NOT NULL,
  first_name            VARCHAR NOT NULL,
  patronymic            VARCHAR,
  company               VARCHAR,
  inn                   VARCHAR(12),
  source                VARCHAR,
  comment               ${text},
  responsible           ${id},
  linked_client         ${id},
  linked_contact_person ${id},
  converted_at          TIMESTAMP WITH TIME ZONE,
  phones                ${json} NOT NULL,
  emails                ${json} NOT NULL,
  tags                  ${json} NOT NULL,
  custom_fields         ${json} NOT NULL,
  CONSTRAINT lead_pk PRIMARY KEY (id),
  CONSTRAINT lead_version_positive CHECK (version >= 1)
);

CREATE TABLE lead_phone (
  lead_id ${id} NOT NULL,
  phone   VARCHAR NOT NULL,
  CONSTRAINT lead_phone_pk PRIMARY KEY (lead_id, phone),
  CONSTRAINT lead_phone_lead_fk FOREIGN KEY (lead_id) REFERENCES lead (id) ON DELETE CASCADE
);
CREATE INDEX lead_phone_by_phone ON lead_phone (phone, lead_id);

CREATE TABLE lead_email (
  lead_id ${id} NOT NULL,
  email   VARCHAR(254) NOT NULL,
  CONSTRAINT lead_email_pk PRIMARY KEY (lead_id, email),
  CONSTRAINT lead_email_lead_fk FOREIGN KEY (lead_id) REFERENCES lead (id) ON DELETE CASCADE
);
CREATE INDEX lead_email_by_email ON lead_email (email, lead_id);

-- ---------------------------------------------------------------- clients
CREATE TABLE client (
  id            ${id} NOT NULL,
  version       BIGINT NOT NULL,
  kind          VARCHAR(20) NOT NULL,
  name          VARCHAR NOT NULL,
  created_on    DATE NOT NULL,
  responsible   ${id},
  source        VARCHAR,
  comment       ${text},
  phones        ${json} NOT NULL,
  emails        ${json} NOT NULL,
  addresses     ${json} NOT NULL,
  contacts      ${json} NOT NULL,
  tags          ${json} NOT NULL,
  categories    ${json} NOT NULL,
  custom_fields ${json} NOT NULL,
  merged_into   ${id},
  CONSTRAINT client_pk PRIMARY KEY (id),
  CONSTRAINT client_version_positive CHECK (version >= 1),
  CONSTRAINT client_kind_known CHECK (kind IN ('LEGAL_ENTITY', 'SOLE_PROPRIETOR', 'INDIVIDUAL'))
);
CREATE INDEX client_by_responsible ON client (responsible, id);

CREATE TABLE client_phone (
  client_id ${id} NOT NULL,
  phone     VARCHAR NOT NULL,
  CONSTRAINT client_phone_pk PRIMARY KEY (client_id, phone),
  CONSTRAINT client_phone_client_fk FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE
);
CREATE INDEX client_phone_by_phone ON client_phone (phone, client_id);

CREATE TABLE client_email (
  client_id ${id} NOT NULL,
  email     VARCHAR(254) NOT NULL,
  CONSTRAINT client_email_pk PRIMARY KEY (client_id, email),
  CONSTRAINT client_email_client_fk FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE
);
CREATE INDEX client_email_by_email ON client_email (email, client_id);

CREATE TABLE client_contact (
  client_id         ${id} NOT NULL,
  contact_person_id ${id} NOT NULL,
  CONSTRAINT client_contact_pk PRIMARY KEY (client_id, contact_person_id),
  CONSTRAINT client_contact_client_fk FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE
);
CREATE INDEX client_contact_by_person ON client_contact (contact_person_id, client_id);

-- ---------------------------------------------------------------- contact persons
CREATE TABLE contact_person (
  id             ${id} NOT NULL,
  version        BIGINT NOT NULL,
  last_name      VARCHAR NOT NULL,
  first_name     VARCHAR NOT NULL,
  patronymic     VARCHAR,
  position       VARCHAR,
  birthday_month SMALLINT,
  birthday_day   SMALLINT,
  birthday_year  INTEGER,
  source         VARCHAR,
  comment        ${text},
  phones         ${json} NOT NULL,
  emails         ${json} NOT NULL,
  addresses      ${json} NOT NULL,
  tags           ${json} NOT NULL,
  custom_fields  ${json} NOT NULL,
  attachments    ${json} NOT NULL,
  merged_into    ${id},
  CONSTRAINT contact_person_pk PRIMARY KEY (id),
  CONSTRAINT contact_person_version_positive CHECK (version >= 1),
  CONSTRAINT contact_person_birthday CHECK ((birthday_month IS NULL) = (birthday_day IS NULL))
);

CREATE TABLE contact_person_phone (
  contact_person_id ${id} NOT NULL,
  phone             VARCHAR NOT NULL,
  CONSTRAINT contact_person_phone_pk PRIMARY KEY (contact_person_id, phone),
  CONSTRAINT contact_person_phone_fk FOREIGN KEY (contact_person_id) REFERENCES contact_person (id) ON DELETE CASCADE
);
CREATE INDEX contact_person_phone_by_phone ON contact_person_phone (phone, contact_person_id);

CREATE TABLE contact_person_email (
  contact_person_id ${id} NOT NULL,
  email             VARCHAR(254) NOT NULL,
  CONSTRAINT contact_person_email_pk PRIMARY KEY (contact_person_id, email),
  CONSTRAINT contact_person_email_fk FOREIGN KEY (contact_person_id) REFERENCES contact_person (id) ON DELETE CASCADE
);
CREATE INDEX contact_person_email_by_email ON contact_person_email (email, contact_person_id);

-- ---------------------------------------------------------------- counterparties
CREATE TABLE counterparty (
  id            ${id} NOT NULL,
  version       BIGINT NOT NULL,
  client_id     ${id} NOT NULL,
  legal_name    VARCHAR NOT NULL,
  inn           VARCHAR(12) NOT NULL,
  kpp           VARCHAR(9),
  ogrn          VARCHAR(15),
  legal_address ${json},
  CONSTRAINT counterparty_pk PRIMARY KEY (id),
  CONSTRAINT counterparty_version_positive CHECK (version >= 1)
);
CREATE INDEX counterparty_by_inn ON counterparty (inn, id);
CREATE INDEX counterparty_by_client ON counterparty (client_id, id);

-- ---------------------------------------------------------------- facts
CREATE TABLE interaction (
  id              ${id} NOT NULL,
  version         BIGINT NOT NULL,
  type            VARCHAR(20) NOT NULL,
  direction       VARCHAR(10),
  state           VARCHAR(10) NOT NULL,
  subject         VARCHAR NOT NULL,
  content         ${text},
  client_id       ${id},
  lead_id         ${id},
  interest_id     ${id},
  responsible     ${id},
  start_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  end_at          TIMESTAMP WITH TIME ZONE,
  contact_persons ${json} NOT NULL,
  participants    ${json} NOT NULL,
  CONSTRAINT interaction_pk PRIMARY KEY (id),
  CONSTRAINT interaction_version_positive CHECK (version >= 1)
);
CREATE INDEX interaction_by_client ON interaction (client_id, start_at, id);
CREATE INDEX interaction_by_lead ON interaction (lead_id, id);

CREATE TABLE interest (
  id          ${id} NOT NULL,
  version     BIGINT NOT NULL,
  client_id   ${id},
  lead_id     ${id},
  opened_on   DATE NOT NULL,
  stage       VARCHAR,
  subject     VARCHAR,
  amount      NUMERIC(19, 4),
  currency    CHAR(3),
  responsible ${id},
  closed_on   DATE,
  outcome     VARCHAR(10),
  loss_reason VARCHAR,
  CONSTRAINT interest_pk PRIMARY KEY (id),
  CONSTRAINT interest_version_positive CHECK (version >= 1),
  CONSTRAINT interest_party CHECK (client_id IS NOT NULL OR lead_id IS NOT NULL),
  CONSTRAINT interest_money CHECK ((amount IS NULL) = (currency IS NULL))
);
CREATE INDEX interest_by_client ON interest (client_id, opened_on, id);
CREATE INDEX interest_by_lead ON interest (lead_id, id);

CREATE TABLE payment (
  id              ${id} NOT NULL,
  version         BIGINT NOT NULL,
  client_id       ${id} NOT NULL,
  paid_on         DATE NOT NULL,
  amount          NUMERIC(19, 4) NOT NULL,
  currency        CHAR(3) NOT NULL,
  counterparty_id ${id},
  document        VARCHAR,
  CONSTRAINT payment_pk PRIMARY KEY (id),
  CONSTRAINT payment_version_positive CHECK (version >= 1)
);
CREATE INDEX payment_by_client ON payment (client_id, paid_on, id);

CREATE TABLE shipment (
  id              ${id} NOT NULL,
  version         BIGINT NOT NULL,
  client_id       ${id} NOT NULL,
  shipped_on      DATE NOT NULL,
  amount          NUMERIC(19, 4) NOT NULL,
  currency        CHAR(3) NOT NULL,
  counterparty_id ${id},
  document        VARCHAR,
  CONSTRAINT shipment_pk PRIMARY KEY (id),
  CONSTRAINT shipment_version_positive CHECK (version >= 1)
);
CREATE INDEX shipment_by_client ON shipment (client_id, shipped_on, id);

CREATE TABLE task (
  id                ${id} NOT NULL,
  version           BIGINT NOT NULL,
  subject           VARCHAR NOT NULL,
  description       ${text},
  responsible       ${id} NOT NULL,
  author            ${id},
  client_id         ${id},
  contact_person_id ${id},
  lead_id           ${id},
  start_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  due_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  priority          VARCHAR(10) NOT NULL,
  reminder_at       TIMESTAMP WITH TIME ZONE,
  state             VARCHAR(12) NOT NULL,
  CONSTRAINT task_pk PRIMARY KEY (id),
  CONSTRAINT task_version_positive CHECK (version >= 1)
);
CREATE INDEX task_by_client ON task (client_id, start_at, id);
CREATE INDEX task_by_responsible ON task (responsible, id);

-- ---------------------------------------------------------------- status history
CREATE TABLE status_history (
  client_id         ${id} NOT NULL,
  version           BIGINT NOT NULL,
  evaluated_through DATE,
  CONSTRAINT status_history_pk PRIMARY KEY (client_id),
  CONSTRAINT status_history_version_positive CHECK (version >= 1)
);

CREATE TABLE status_history_entry (
  client_id       ${id} NOT NULL,
  seq             INTEGER NOT NULL,
  previous_status ${id},
  status          ${id} NOT NULL,
  since           DATE NOT NULL,
  reason_kind     VARCHAR(6) NOT NULL,
  reason_template VARCHAR(64),
  reason_user     ${id},
  reason_comment  VARCHAR,
  explanation     ${text} NOT NULL,
  CONSTRAINT status_history_entry_pk PRIMARY KEY (client_id, seq),
  CONSTRAINT status_history_entry_history_fk FOREIGN KEY (client_id) REFERENCES status_history (client_id) ON DELETE CASCADE,
  CONSTRAINT status_history_entry_reason CHECK (
    (reason_kind = 'RULE' AND reason_template IS NOT NULL AND reason_user IS NULL)
    OR (reason_kind = 'PERSON' AND reason_user IS NOT NULL AND reason_template IS NULL))
);
CREATE INDEX status_history_entry_by_status ON status_history_entry (status, since);

-- ---------------------------------------------------------------- change history of cards
-- One row per revision, numbered from 1 per card. A creation and an observed revision hold
-- the whole card (snapshot); an update holds the changed fields with their old and new values.
CREATE TABLE client_revision (
  client_id    ${id} NOT NULL,
  number       BIGINT NOT NULL,
  recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  author       ${id},
  kind         VARCHAR(10) NOT NULL,
  card_version BIGINT NOT NULL,
  changes      ${json} NOT NULL,
  snapshot     ${json},
  CONSTRAINT client_revision_pk PRIMARY KEY (client_id, number),
  CONSTRAINT client_revision_kind CHECK (kind IN ('CREATED', 'UPDATED', 'OBSERVED'))
);

CREATE TABLE contact_person_revision (
  contact_person_id ${id} NOT NULL,
  number            BIGINT NOT NULL,
  recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  author            ${id},
  kind              VARCHAR(10) NOT NULL,
  card_version      BIGINT NOT NULL,
  changes           ${json} NOT NULL,
  snapshot          ${json},
  CONSTRAINT contact_person_revision_pk PRIMARY KEY (contact_person_id, number),
  CONSTRAINT contact_person_revision_kind CHECK (kind IN ('CREATED', 'UPDATED', 'OBSERVED'))
);

-- ---------------------------------------------------------------- duplicate control
-- Blocking keys of leads, clients and contact persons (e.g. tel:+79161234567, inn:7707083893).
CREATE TABLE match_key (
  card_type    VARCHAR(20) NOT NULL,
  card_id      ${id} NOT NULL,
  blocking_key VARCHAR NOT NULL,
  CONSTRAINT match_key_pk PRIMARY KEY (card_type, card_id, blocking_key),
  CONSTRAINT match_key_card_type CHECK (card_type IN ('LEAD', 'CLIENT', 'CONTACT_PERSON'))
);
CREATE INDEX match_key_by_key ON match_key (card_type, blocking_key, card_id);

-- One row per merge of duplicate cards; the cards before and after are JSON documents.
CREATE TABLE merge_journal (
  id               ${id} NOT NULL,
  version          BIGINT NOT NULL,
  state            VARCHAR(10) NOT NULL,
  started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  undone_at        TIMESTAMP WITH TIME ZONE,
  card_type        VARCHAR(20) NOT NULL,
  survivor_id      ${id} NOT NULL,
  note             ${text} NOT NULL,
  survivor_before  ${json} NOT NULL,
  survivor_after   ${json} NOT NULL,
  merged_before    ${json} NOT NULL,
  conflicts        ${json} NOT NULL,
  moved_references ${json} NOT NULL,
  moved_documents  ${json} NOT NULL,
  CONSTRAINT merge_journal_pk PRIMARY KEY (id),
  CONSTRAINT merge_journal_version_positive CHECK (version >= 1),
  CONSTRAINT merge_journal_state CHECK (state IN ('STARTED', 'APPLIED', 'UNDONE')),
  CONSTRAINT merge_journal_undone CHECK ((undone_at IS NOT NULL) = (state = 'UNDONE'))
);
CREATE INDEX merge_journal_by_state ON merge_journal (state, id);

-- Which cards (survivor and merged, as "ClientId:c-1") each merge names, for findByCard.
CREATE TABLE merge_journal_card (
  merge_id ${id} NOT NULL,
  card     VARCHAR(200) NOT NULL,
  CONSTRAINT merge_journal_card_pk PRIMARY KEY (merge_id, card),
  CONSTRAINT merge_journal_card_merge_fk FOREIGN KEY (merge_id) REFERENCES merge_journal (id) ON DELETE CASCADE
);
CREATE INDEX merge_journal_card_by_card ON merge_journal_card (card, merge_id);

-- ---------------------------------------------------------------- settings and ids
CREATE TABLE setting (
  setting_key   VARCHAR(200) NOT NULL,
  setting_value ${text} NOT NULL,
  CONSTRAINT setting_pk PRIMARY KEY (setting_key)
);

CREATE TABLE id_sequence (
  entity_type VARCHAR(64) NOT NULL,
  next_value  BIGINT NOT NULL,
  CONSTRAINT id_sequence_pk PRIMARY KEY (entity_type)
);

-- ---------------------------------------------------------------- the host's own data
-- Documents of the host application (orders, invoices, ...) and the leads, clients and
-- contact persons they reference; ReferenceRewriter rewrites these references.
CREATE TABLE host_document (
  id    ${id} NOT NULL,
  kind  VARCHAR(40) NOT NULL,
  title VARCHAR,
  CONSTRAINT host_document_pk PRIMARY KEY (id)
);

CREATE TABLE host_document_reference (
  document_id ${id} NOT NULL,
  entity_type VARCHAR(20) NOT NULL,
  entity_id   ${id} NOT NULL,
  CONSTRAINT host_document_reference_pk PRIMARY KEY (document_id, entity_type, entity_id),
  CONSTRAINT host_document_reference_document_fk FOREIGN KEY (document_id) REFERENCES host_document (id) ON DELETE CASCADE,
  CONSTRAINT host_document_reference_type CHECK (entity_type IN ('LEAD', 'CLIENT', 'CONTACT_PERSON'))
);
CREATE INDEX host_document_reference_by_entity ON host_document_reference (entity_type, entity_id);

-- Users and teams, read by the access policy.
CREATE TABLE app_user (
  id   ${id} NOT NULL,
  role VARCHAR(20) NOT NULL,
  CONSTRAINT app_user_pk PRIMARY KEY (id),
  CONSTRAINT app_user_role CHECK (role IN ('ADMINISTRATOR', 'AUDITOR', 'MANAGER'))
);

CREATE TABLE team_member (
  team_id ${id} NOT NULL,
  user_id ${id} NOT NULL,
  CONSTRAINT team_member_pk PRIMARY KEY (team_id, user_id),
  CONSTRAINT team_member_user_fk FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);
CREATE INDEX team_member_by_user ON team_member (user_id, team_id);

-- A local copy of the state register of legal entities, read by the tax-id lookup.
CREATE TABLE tax_registry (
  inn           VARCHAR(12) NOT NULL,
  legal_name    VARCHAR NOT NULL,
  kpp           VARCHAR(9),
  ogrn          VARCHAR(15),
  legal_address ${json},
  CONSTRAINT tax_registry_pk PRIMARY KEY (inn)
);

-- What the host's listeners record: status transitions to act on (an outbox that a host
-- scenario polls), other domain events, and the progress of long batch work.
CREATE TABLE status_transition_outbox (
  seq             BIGINT GENERATED BY DEFAULT AS IDENTITY,
  client_id       ${id} NOT NULL,
  previous_status ${id},
  status          ${id} NOT NULL,
  since           DATE NOT NULL,
  reason_kind     VARCHAR(6) NOT NULL,
  reason_template VARCHAR(64),
  reason_user     ${id},
  reason_comment  VARCHAR,
  explanation     ${text} NOT NULL,
  CONSTRAINT status_transition_outbox_pk PRIMARY KEY (seq)
);
CREATE INDEX status_transition_outbox_by_client ON status_transition_outbox (client_id, seq);

CREATE TABLE domain_event_log (
  seq         BIGINT GENERATED BY DEFAULT AS IDENTITY,
  occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
  event_type  VARCHAR(200) NOT NULL,
  description ${text} NOT NULL,
  CONSTRAINT domain_event_log_pk PRIMARY KEY (seq)
);

CREATE TABLE batch_progress (
  task   VARCHAR(200) NOT NULL,
  done   BIGINT NOT NULL,
  failed BIGINT NOT NULL,
  total  BIGINT,
  CONSTRAINT batch_progress_pk PRIMARY KEY (task)
);

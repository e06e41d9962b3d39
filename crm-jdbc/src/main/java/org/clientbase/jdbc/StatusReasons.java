package org.clientbase.jdbc;

import java.sql.SQLException;
import java.util.Optional;
import org.clientbase.core.id.UserId;
import org.clientbase.core.status.StatusReason;
import org.clientbase.core.status.TemplateKey;

/**
 * A status reason in the columns {@code reason_kind} ({@code RULE} or {@code PERSON}),
 * {@code reason_template}, {@code reason_user} and {@code reason_comment}.
 */
final class StatusReasons {
  private static final String RULE = "RULE";
  private static final String PERSON = "PERSON";

  private StatusReasons() {}

  /** Binds the four reason columns. */
  static void bind(Sql.Params params, StatusReason reason) throws SQLException {
    if (reason instanceof StatusReason.ByRule rule) {
      params.text(RULE).text(rule.template().name()).text((String) null).text((String) null);
    } else if (reason instanceof StatusReason.ByPerson person) {
      params.text(PERSON).text((String) null).id(person.user()).text(person.comment());
    } else {
      throw new JdbcStoreException("Status reason of an unknown kind: " + reason);
    }
  }

  /** The four reason columns' values, for array-bound writes. */
  static String[] columns(StatusReason reason) {
    if (reason instanceof StatusReason.ByRule rule) {
      return new String[] {RULE, rule.template().name(), null, null};
    } else if (reason instanceof StatusReason.ByPerson person) {
      return new String[] {PERSON, null, person.user().value(), person.comment().orElse(null)};
    }
    throw new JdbcStoreException("Status reason of an unknown kind: " + reason);
  }

  /** Reads the four reason columns. */
  static StatusReason read(Sql.Row row) throws SQLException {
    String kind = row.text("reason_kind");
    return switch (kind) {
      case RULE -> StatusReason.byRule(TemplateKey.of(row.text("reason_template")));
      case PERSON -> {
        UserId user = row.id("reason_user", UserId::of);
        Optional<String> comment = row.optText("reason_comment");
        yield comment.isPresent() ? StatusReason.byPerson(user, comment.get()) : StatusReason.byPerson(user);
      }
      default -> throw new JdbcStoreException("Status reason kind " + kind + " is unknown");
    };
  }
}

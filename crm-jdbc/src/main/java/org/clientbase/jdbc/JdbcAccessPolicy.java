package org.clientbase.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.clientbase.core.client.Client;
import org.clientbase.core.id.TeamId;
import org.clientbase.core.id.UserId;
import org.clientbase.spi.access.AccessPolicy;

/**
 * An {@link AccessPolicy} over the host's users and teams (tables {@code app_user} and
 * {@code team_member}), read once into an immutable snapshot so that every answer is a cheap,
 * thread-safe function of its arguments. Load a new snapshot after users or teams change.
 *
 * <p>The rules, for registered users only (anyone else may do nothing):
 * <ul>
 *   <li>an {@link Role#ADMINISTRATOR} sees and changes every client;</li>
 *   <li>an {@link Role#AUDITOR} sees every client;</li>
 *   <li>a manager sees and changes the clients they are responsible for, and sees the clients
 *       of the managers they share a team with.</li>
 * </ul>
 */
public final class JdbcAccessPolicy implements AccessPolicy {

  /** What a user is, for the access rules. */
  public enum Role {
    /** Sees and changes every client. */
    ADMINISTRATOR,
    /** Sees every client, changes none. */
    AUDITOR,
    /** Works with the clients they are responsible for, sees their teams' clients. */
    MANAGER
  }

  private final Map<UserId, Role> roles;
  private final Map<UserId, Set<UserId>> teammates;

  private JdbcAccessPolicy(Map<UserId, Role> roles, Map<UserId, Set<UserId>> teammates) {
    this.roles = Map.copyOf(roles);
    Map<UserId, Set<UserId>> frozen = new HashMap<>();
    teammates.forEach((user, mates) -> frozen.put(user, Set.copyOf(mates)));
    this.teammates = Map.copyOf(frozen);
  }

  /**
   * Reads the users and teams and returns the policy they define now.
   *
   * @param db the database, migrated
   * @return the policy
   */
  public static JdbcAccessPolicy load(JdbcDatabase db) {
    return db.read("AccessPolicy.load", connection -> {
      Map<UserId, Role> roles = new HashMap<>();
      try (PreparedStatement query = connection.prepareStatement("SELECT id, role FROM app_user");
          ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          roles.put(UserId.of(rows.getString(1)), Role.valueOf(rows.getString(2)));
        }
      }
      Map<UserId, Set<UserId>> teammates = new HashMap<>();
      try (PreparedStatement query = connection.prepareStatement("SELECT a.user_id, b.user_id"
          + " FROM team_member a JOIN team_member b ON a.team_id = b.team_id");
          ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          teammates.computeIfAbsent(UserId.of(rows.getString(1)), u -> new HashSet<>()).add(UserId.of(rows.getString(2)));
        }
      }
      return new JdbcAccessPolicy(roles, teammates);
    });
  }

  /**
   * Registers a user, or changes the role of a registered one.
   *
   * @param db the database, migrated
   * @param user the user
   * @param role the role
   */
  public static void registerUser(JdbcDatabase db, UserId user, Role role) {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(role, "role");
    db.write("AccessPolicy.registerUser " + user, connection -> {
      try (PreparedStatement update = connection.prepareStatement("UPDATE app_user SET role = ? WHERE id = ?")) {
        update.setString(1, role.name());
        update.setString(2, user.value());
        if (update.executeUpdate() > 0) {
          return null;
        }
      }
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO app_user (id, role) VALUES (?, ?)")) {
        insert.setString(1, user.value());
        insert.setString(2, role.name());
        insert.executeUpdate();
      }
      return null;
    });
  }

  /**
   * Adds a registered user to a team.
   *
   * @param db the database, migrated
   * @param team the team
   * @param user the user, registered
   */
  public static void addToTeam(JdbcDatabase db, TeamId team, UserId user) {
    db.write("AccessPolicy.addToTeam " + team, connection -> {
      try (PreparedStatement insert =
          connection.prepareStatement("INSERT INTO team_member (team_id, user_id) VALUES (?, ?)")) {
        insert.setString(1, team.value());
        insert.setString(2, user.value());
        return insert.executeUpdate();
      }
    });
  }

  @Override
  public boolean canView(UserId user, Client client) {
    Role role = roles.get(user);
    if (role == null) {
      return false;
    }
    if (role != Role.MANAGER) {
      return true;
    }
    Optional<UserId> responsible = client.responsible();
    return responsible.isPresent()
        && (responsible.get().equals(user) || teammates.getOrDefault(user, Set.of()).contains(responsible.get()));
  }

  @Override
  public boolean canEdit(UserId user, Client client) {
    Role role = roles.get(user);
    if (role == null || role == Role.AUDITOR) {
      return false;
    }
    return role == Role.ADMINISTRATOR || client.responsible().map(user::equals).orElse(false);
  }
}

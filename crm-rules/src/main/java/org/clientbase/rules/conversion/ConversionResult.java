package org.clientbase.rules.conversion;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clientbase.core.InvalidValueException;
import org.clientbase.core.id.ClientId;
import org.clientbase.core.id.ContactPersonId;
import org.clientbase.core.id.InterestId;
import org.clientbase.core.id.LeadId;
import org.clientbase.core.id.StatusId;

/** What converting one lead did: converted it, found it already linked, or stopped at duplicates. */
public sealed interface ConversionResult
    permits ConversionResult.Converted, ConversionResult.AlreadyLinked, ConversionResult.DuplicatesFound {

  /**
   * Returns the lead.
   *
   * @return the lead
   */
  LeadId lead();

  /**
   * The lead was converted.
   *
   * @param lead the lead, now marked converted and linked
   * @param client the client it was converted into
   * @param contactPerson the contact person it was converted into, if any
   * @param clientCreated whether the client was created (rather than an existing one filled)
   * @param contactPersonCreated whether the contact person was created
   * @param interest the interest opened, if asked for
   * @param firstStatus the new client's first status, if the scheme gives one
   * @param rewrittenReferences how many references to the lead were rewritten
   */
  record Converted(
      LeadId lead, ClientId client, Optional<ContactPersonId> contactPerson, boolean clientCreated,
      boolean contactPersonCreated, Optional<InterestId> interest, Optional<StatusId> firstStatus,
      int rewrittenReferences) implements ConversionResult {
    /**
     * Checks the parts.
     *
     * @param lead the lead
     * @param client the client
     * @param contactPerson the contact person
     * @param clientCreated whether the client was created
     * @param contactPersonCreated whether the contact person was created
     * @param interest the interest opened
     * @param firstStatus the first status
     * @param rewrittenReferences how many references were rewritten
     */
    public Converted {
      Objects.requireNonNull(lead, "lead");
      Objects.requireNonNull(client, "client");
      Objects.requireNonNull(contactPerson, "contactPerson");
      Objects.requireNonNull(interest, "interest");
      Objects.requireNonNull(firstStatus, "firstStatus");
    }
  }

  /**
   * The lead was already linked to a client or contact person (converted before, converted at
   * the same moment by someone else, or linked by hand), so it was not converted again.
   *
   * @param lead the lead
   * @param client the client it is linked to
   * @param contactPerson the contact person it is linked to
   */
  record AlreadyLinked(LeadId lead, Optional<ClientId> client, Optional<ContactPersonId> contactPerson)
      implements ConversionResult {
    /**
     * Checks the parts.
     *
     * @param lead the lead
     * @param client the linked client
     * @param contactPerson the linked contact person
     */
    public AlreadyLinked {
      Objects.requireNonNull(lead, "lead");
      Objects.requireNonNull(client, "client");
      Objects.requireNonNull(contactPerson, "contactPerson");
    }

    @Override
    public String toString() {
      return "lead " + lead + " is already linked to "
          + client.map(c -> "client " + c).orElse("")
          + (client.isPresent() && contactPerson.isPresent() ? " and " : "")
          + contactPerson.map(p -> "contact person " + p).orElse("");
    }
  }

  /**
   * The duplicate gate found existing clients like the lead and the policy is to stop and
   * report (or to convert into the best match, which the user may not edit); nothing was
   * written. Of the matching clients the user may not see, the report says only how many there
   * are: "a possible duplicate exists that you cannot see", never which or why.
   *
   * @param lead the lead
   * @param matches the existing clients that look like it and that the user may see, best first
   * @param hidden how many more existing clients look like it that the user may not see
   */
  record DuplicatesFound(LeadId lead, List<ClientMatch> matches, int hidden) implements ConversionResult {
    /**
     * Checks the parts.
     *
     * @param lead the lead
     * @param matches the matches the user may see
     * @param hidden how many matches the user may not see
     */
    public DuplicatesFound {
      Objects.requireNonNull(lead, "lead");
      matches = List.copyOf(matches);
      if (hidden < 0) {
        throw new InvalidValueException("DuplicatesFound.hidden", hidden, "must not be negative");
      }
      if (matches.isEmpty() && hidden == 0) {
        throw new InvalidValueException("DuplicatesFound.matches", "[]", "at least one match, seen or hidden");
      }
    }

    @Override
    public String toString() {
      String seen = matches.isEmpty() ? "" : " looks like existing clients " + matches;
      String unseen = hidden == 0 ? ""
          : (matches.isEmpty() ? " looks like " : " and like ") + (hidden == 1
              ? "an existing client you cannot see" : hidden + " existing clients you cannot see");
      return "lead " + lead + seen + unseen;
    }
  }
}

package org.clientbase.core.card;

import java.util.Optional;
import org.clientbase.core.Checks;
import org.clientbase.core.ClientbaseStyle;
import org.clientbase.core.id.FileId;
import org.immutables.value.Value;

/**
 * A file attached to a card. The host stores the file; the card keeps its id, name and
 * optional media type.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ClientbaseStyle
public abstract class FileReference {
  FileReference() {}

  /**
   * Returns the host's id of the file.
   *
   * @return the file id
   */
  @Value.Parameter
  public abstract FileId file();

  /**
   * Returns the file name shown to users, e.g. "contract.pdf".
   *
   * @return the name
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Returns the media type, e.g. "application/pdf", if known.
   *
   * @return the media type
   */
  public abstract Optional<String> mediaType();

  /**
   * Returns a reference to a file.
   *
   * @param file the host's id of the file
   * @param name the file name, not blank
   * @return the reference
   */
  public static FileReference of(FileId file, String name) {
    return ImmutableFileReference.of(file, Checks.requireText("FileReference.name", name));
  }

  /**
   * Returns a reference to a file with a known media type.
   *
   * @param file the host's id of the file
   * @param name the file name, not blank
   * @param mediaType the media type, e.g. {@code "application/pdf"}, not blank
   * @return the reference
   */
  public static FileReference of(FileId file, String name, String mediaType) {
    return ImmutableFileReference.builder()
        .file(file)
        .name(Checks.requireText("FileReference.name", name))
        .mediaType(Checks.requireText("FileReference.mediaType", mediaType))
        .build();
  }

  @Value.Check
  final void check() {
    Checks.checkNormalisedText("FileReference.name", name());
    Checks.checkNormalisedText("FileReference.mediaType", mediaType());
  }
}

package org.clientbase.testkit.generators;

import java.util.function.Function;
import org.clientbase.core.card.Category;
import org.clientbase.core.card.FileReference;
import org.clientbase.core.card.Source;
import org.clientbase.core.card.Tag;
import org.clientbase.core.id.FileId;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/** Ids and what cards share: tags, categories, sources, comments and attached files. */
final class CardGens {
  private CardGens() {}

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /**
   * The text of a host key: mostly a prefix and a number ({@code c-1042}), sometimes a bare
   * database number or a UUID.
   */
  static String idText(RandomnessSource in, String prefix) {
    int kind = Rnd.between(in, 1, 10);
    if (kind <= 7) {
      return prefix + "-" + Rnd.between(in, 1, 99_999);
    }
    if (kind <= 9) {
      return Long.toString(Rnd.longBetween(in, 1, 9_999_999));
    }
    StringBuilder uuid = new StringBuilder(36);
    for (int i = 0; i < 32; i++) {
      if (i == 8 || i == 12 || i == 16 || i == 20) {
        uuid.append('-');
      }
      uuid.append(i == 12 ? '4' : HEX[Rnd.between(in, 0, 15)]);
    }
    return uuid.toString();
  }

  static <I> Gen<I> ids(String prefix, Function<String, I> factory) {
    return in -> factory.apply(idText(in, prefix));
  }

  static final Gen<Tag> TAG = in -> Tag.of(Rnd.pick(in, Dictionary.TAGS));

  static final Gen<Category> CATEGORY = in -> switch (Rnd.between(in, 0, 3)) {
    case 0 -> Category.of("Регион", Rnd.pick(in, Dictionary.CITIES).name());
    case 1 -> Category.of("Отрасль", Rnd.pick(in, Dictionary.INDUSTRIES));
    case 2 -> Category.of("Размер", Rnd.pick(in, Dictionary.SIZES));
    default -> Category.of("Industry", Rnd.oneOf(in, "Retail", "Manufacturing", "IT", "Logistics"));
  };

  static final Gen<Source> SOURCE = in -> Source.of(Rnd.pick(in, Dictionary.SOURCES));

  static final Gen<String> COMMENT = in -> Rnd.pick(in, Dictionary.COMMENTS);

  // FileReference offers only of(file, name): its optional media type cannot be set from
  // outside crm-core (reported as a gap), so generated references have none.
  static final Gen<FileReference> FILE = in ->
      FileReference.of(FileId.of(idText(in, "f")), Rnd.pick(in, Dictionary.FILE_NAMES));
}

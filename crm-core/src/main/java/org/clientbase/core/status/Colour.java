package org.clientbase.core.status;

import java.util.Locale;
import java.util.regex.Pattern;
import org.clientbase.core.InvalidValueException;

/**
 * A colour in which a host shows a status, as an sRGB value written {@code #RRGGBB}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Colour {
  private static final Pattern HEX = Pattern.compile("#?[0-9a-fA-F]{6}");

  private final int rgb;

  private Colour(int rgb) {
    this.rgb = rgb;
  }

  /**
   * Returns the colour written as six hexadecimal digits, with or without a leading {@code #}.
   *
   * @param hex the colour, e.g. {@code "#2E7D32"}
   * @return the colour
   * @throws InvalidValueException if the text is not six hexadecimal digits
   */
  public static Colour of(String hex) {
    if (hex == null || !HEX.matcher(hex.strip()).matches()) {
      throw new InvalidValueException("Colour", hex, "must be six hexadecimal digits like #2E7D32");
    }
    String digits = hex.strip();
    return new Colour(Integer.parseInt(digits.startsWith("#") ? digits.substring(1) : digits, 16));
  }

  /**
   * Returns the colour with the given red, green and blue parts.
   *
   * @param red 0 to 255
   * @param green 0 to 255
   * @param blue 0 to 255
   * @return the colour
   * @throws InvalidValueException if a part is out of range
   */
  public static Colour ofRgb(int red, int green, int blue) {
    checkPart("red", red);
    checkPart("green", green);
    checkPart("blue", blue);
    return new Colour(red << 16 | green << 8 | blue);
  }

  private static void checkPart(String name, int value) {
    if (value < 0 || value > 255) {
      throw new InvalidValueException("Colour." + name, value, "must be between 0 and 255");
    }
  }

  /**
   * Returns the colour as a 24-bit RGB number.
   *
   * @return the RGB value
   */
  public int rgb() {
    return rgb;
  }

  /**
   * Returns the colour written {@code #RRGGBB} in upper case.
   *
   * @return the hexadecimal form
   */
  public String hex() {
    return String.format(Locale.ROOT, "#%06X", rgb);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Colour && ((Colour) other).rgb == rgb;
  }

  @Override
  public int hashCode() {
    return rgb;
  }

  @Override
  public String toString() {
    return hex();
  }
}

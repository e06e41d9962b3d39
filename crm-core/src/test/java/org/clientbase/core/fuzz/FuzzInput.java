package org.clientbase.core.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a fuzzer's bytes into text that can hold anything a Java string can: the bytes are
 * read as UTF-8, and two escapes reach what UTF-8 cannot carry or a corpus file should not
 * hold. {@code \\uXXXX} is one UTF-16 unit (so unpaired surrogates and NULs are reachable),
 * and a text starting with {@code \\*} is the rest of it repeated up to {@value #HUGE}
 * characters (so a one-megabyte value fits in a corpus file of a few bytes).
 */
final class FuzzInput {
  /** The length a repeated text is grown to: one mebichar. */
  static final int HUGE = 1 << 20;

  private FuzzInput() {}

  /** Decodes the bytes into text. */
  static String text(byte[] bytes) {
    return decode(new String(bytes, StandardCharsets.UTF_8));
  }

  /** Decodes the bytes into lines: the parts of a value that has several. */
  static List<String> lines(byte[] bytes) {
    List<String> lines = new ArrayList<>();
    for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n", -1)) {
      lines.add(decode(line));
    }
    return lines;
  }

  private static String decode(String raw) {
    boolean repeat = raw.startsWith("\\*");
    String text = unescape(repeat ? raw.substring(2) : raw);
    if (repeat && !text.isEmpty()) {
      StringBuilder out = new StringBuilder(HUGE);
      while (out.length() < HUGE) {
        out.append(text, 0, Math.min(text.length(), HUGE - out.length()));
      }
      return out.toString();
    }
    return text;
  }

  private static String unescape(String raw) {
    if (raw.indexOf('\\') < 0) {
      return raw;
    }
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\\' && i + 1 < raw.length() && raw.charAt(i + 1) == 'u' && isHex(raw, i + 2)) {
        out.append((char) Integer.parseInt(raw.substring(i + 2, i + 6), 16));
        i += 5;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isHex(String raw, int from) {
    if (from + 4 > raw.length()) {
      return false;
    }
    for (int i = from; i < from + 4; i++) {
      if (Character.digit(raw.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }
}

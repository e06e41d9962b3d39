package org.clientbase.rules.status.internal;

import java.util.List;
import java.util.Map;
import org.clientbase.core.status.TemplateKey;

/**
 * The one place that knows the predefined templates: which
 * templates' statuses each accepts as the previous status, and its conditions as
 * "at least one of {@code any}" and "none of {@code none}" over the four indicators.
 */
public final class PredefinedTemplates {
  private static final int ACTIVE_INTEREST = Indicator.ACTIVE_INTEREST.bit();
  private static final int WON = Indicator.WON_INTEREST.bit();
  private static final int PAYMENT = Indicator.PAYMENT.bit();
  private static final int SHIPMENT = Indicator.SHIPMENT.bit();
  private static final int BUYING = WON | PAYMENT | SHIPMENT;

  private static final Map<TemplateKey, List<TemplateKey>> PREVIOUS = Map.of(
      TemplateKey.IN_PROGRESS, List.of(TemplateKey.NEW_CLIENT),
      TemplateKey.ACTIVE, List.of(TemplateKey.IN_PROGRESS, TemplateKey.RETURNED),
      TemplateKey.LOST, List.of(TemplateKey.ACTIVE),
      TemplateKey.RETURNED, List.of(TemplateKey.LOST));

  private static final Map<TemplateKey, int[]> MASKS = Map.of(
      TemplateKey.IN_PROGRESS, new int[] {ACTIVE_INTEREST, BUYING},
      TemplateKey.ACTIVE, new int[] {BUYING, 0},
      TemplateKey.LOST, new int[] {0, BUYING},
      TemplateKey.RETURNED, new int[] {ACTIVE_INTEREST, BUYING});

  /**
   * Default priorities: evidence of buying is the strongest, a lost client being won back beats
   * first work on a new one, and the absence of activity is the weakest. Under the default
   * preconditions no two predefined templates ever compete; the order matters only once a host
   * widens a precondition.
   */
  private static final Map<TemplateKey, Integer> PRIORITIES = Map.of(
      TemplateKey.ACTIVE, 40,
      TemplateKey.RETURNED, 30,
      TemplateKey.IN_PROGRESS, 20,
      TemplateKey.LOST, 10);

  private PredefinedTemplates() {}

  /**
   * Tells whether a template is one of the four predefined window templates (all predefined
   * templates except NEW_CLIENT, which reads no facts).
   *
   * @param template the template
   * @return whether it has window conditions
   */
  public static boolean hasWindow(TemplateKey template) {
    return MASKS.containsKey(template);
  }

  /**
   * Returns the templates whose bound statuses the template accepts as the previous status.
   *
   * @param template a window template
   * @return the templates, as the default scheme defines them
   */
  public static List<TemplateKey> previous(TemplateKey template) {
    return PREVIOUS.get(template);
  }

  /**
   * Returns the indicators of which at least one must hold (0: no such requirement).
   *
   * @param template a window template
   * @return the mask
   */
  public static int anyOf(TemplateKey template) {
    return MASKS.get(template)[0];
  }

  /**
   * Returns the indicators of which none may hold.
   *
   * @param template a window template
   * @return the mask
   */
  public static int noneOf(TemplateKey template) {
    return MASKS.get(template)[1];
  }

  /**
   * Returns the default priority of a window template.
   *
   * @param template a window template
   * @return the priority
   */
  public static int defaultPriority(TemplateKey template) {
    return PRIORITIES.get(template);
  }

  /**
   * Returns the default priorities of the window templates.
   *
   * @return template to priority
   */
  public static Map<TemplateKey, Integer> defaultPriorities() {
    return PRIORITIES;
  }

  /**
   * Tells whether a rule with these masks holds for the indicators that hold.
   *
   * @param anyOf indicators of which one must hold
   * @param noneOf indicators of which none may hold
   * @param bits the indicators that hold (at least those of both masks are known)
   * @return whether the rule holds
   */
  public static boolean holds(int anyOf, int noneOf, int bits) {
    return (anyOf == 0 || (bits & anyOf) != 0) && (bits & noneOf) == 0;
  }

  /**
   * Describes a template's conditions in words.
   *
   * @param anyOf indicators of which one must hold
   * @param noneOf indicators of which none may hold
   * @return e.g. "at least one active interest; no won interest; no payment; no shipment"
   */
  public static String describe(int anyOf, int noneOf) {
    StringBuilder text = new StringBuilder();
    if (anyOf != 0) {
      text.append(anyOfText(anyOf));
    }
    for (Indicator indicator : Indicator.values()) {
      if ((noneOf & indicator.bit()) != 0) {
        text.append(text.length() == 0 ? "" : "; ").append("no ").append(indicator.noun());
      }
    }
    return text.length() == 0 ? "always" : text.toString();
  }

  /**
   * Describes an "at least one of" requirement.
   *
   * @param anyOf the indicators
   * @return e.g. "at least one won interest, payment or shipment"
   */
  public static String anyOfText(int anyOf) {
    StringBuilder text = new StringBuilder("at least one ");
    List<Indicator> parts = new java.util.ArrayList<>();
    for (Indicator indicator : Indicator.values()) {
      if ((anyOf & indicator.bit()) != 0) {
        parts.add(indicator);
      }
    }
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        text.append(i == parts.size() - 1 ? " or " : ", ");
      }
      text.append(parts.get(i).noun());
    }
    return text.toString();
  }
}

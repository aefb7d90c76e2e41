package dev.epidural.content.internal.rules;

import java.util.regex.Pattern;

/** Format checks for terminology codes. */
public final class Codes {

  private static final Pattern SCTID = Pattern.compile("[1-9]\\d{5,17}");
  /** ATC levels 1 to 5: A, A01, A01A, A01AB, A01AB01. */
  private static final Pattern ATC = Pattern.compile("[A-Z](\\d{2}([A-Z]([A-Z](\\d{2})?)?)?)?");
  private static final Pattern RXCUI = Pattern.compile("[1-9]\\d{0,9}");

  private static final int[][] D = {
      {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5}, {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
      {3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
      {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3}, {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
      {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};
  private static final int[][] P = {
      {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4}, {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
      {8, 9, 1, 6, 0, 4, 3, 5, 2, 7}, {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
      {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}};

  private Codes() {}

  /** Whether {@code digits} (with its check digit last) passes the Verhoeff check. */
  public static boolean verhoeff(String digits) {
    int c = 0;
    for (int i = 0; i < digits.length(); i++) {
      int digit = digits.charAt(digits.length() - 1 - i) - '0';
      c = D[c][P[i % 8][digit]];
    }
    return c == 0;
  }

  /** Whether {@code code} is a well-formed SNOMED CT id: 6 to 18 digits, no leading zero, Verhoeff-valid. */
  public static boolean isSnomedId(String code) {
    return SCTID.matcher(code).matches() && verhoeff(code);
  }

  /** Whether {@code code} has the form of an ATC code at any of its five levels. */
  public static boolean isAtc(String code) {
    return ATC.matcher(code).matches();
  }

  /** Whether {@code code} has the form of an RxNorm concept id. */
  public static boolean isRxcui(String code) {
    return RXCUI.matcher(code).matches();
  }
}

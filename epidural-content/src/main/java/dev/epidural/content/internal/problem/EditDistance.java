package dev.epidural.content.internal.problem;

/**
 * The optimal string alignment distance (Damerau-Levenshtein where no substring is edited twice)
 * between two strings, counted in code points, with a cutoff: insertions, deletions, substitutions
 * and swaps of two adjacent code points each cost one.
 *
 * <p>Only a distance up to the cutoff is computed exactly; anything farther is reported as
 * {@code cutoff + 1}. The work is bounded by the cutoff: strings whose lengths differ by more are
 * refused at once, only the cells within {@code cutoff} of the diagonal are filled, and the walk
 * stops as soon as a whole row is past the cutoff. So a hostile long string costs a few times its
 * length, never its length squared.
 */
public final class EditDistance {

  private EditDistance() {}

  /**
   * The distance between {@code a} and {@code b} if it is at most {@code cutoff}, else
   * {@code cutoff + 1}.
   *
   * @throws IllegalArgumentException if {@code cutoff} is negative
   */
  public static int within(String a, String b, int cutoff) {
    if (cutoff < 0) {
      throw new IllegalArgumentException("cutoff " + cutoff + " is negative");
    }
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    int n = x.length;
    int m = y.length;
    int far = cutoff + 1;
    if (Math.abs(n - m) > cutoff) {
      return far;
    }
    if (n == 0 || m == 0) {
      return Math.max(n, m);
    }
    // Rows of the matrix over b; cells outside the band hold "far".
    int[] before = new int[m + 1];
    int[] previous = new int[m + 1];
    int[] current = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      previous[j] = j <= cutoff ? j : far;
      before[j] = far;
    }
    for (int i = 1; i <= n; i++) {
      int from = Math.max(1, i - cutoff);
      int to = Math.min(m, i + cutoff);
      java.util.Arrays.fill(current, far);
      current[0] = i <= cutoff ? i : far;
      int rowMin = current[0];
      for (int j = from; j <= to; j++) {
        int cost = x[i - 1] == y[j - 1] ? 0 : 1;
        int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
          d = Math.min(d, before[j - 2] + 1);
        }
        current[j] = Math.min(d, far);
        rowMin = Math.min(rowMin, current[j]);
      }
      if (rowMin > cutoff) {
        return far;
      }
      int[] t = before;
      before = previous;
      previous = current;
      current = t;
    }
    return Math.min(previous[m], far);
  }
}

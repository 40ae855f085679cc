/*
 * StaticBench compare view (compare.html): any two commits of the site, series by series.
 *
 * Computed in the browser from the raw samples the site publishes (data/samples/<sha>.js), with a
 * port of StaticBench.Analysis.Comparisons.SampleComparer, so that for the same two commits the page
 * gives the verdicts `staticbench compare` gives (docs/statistics.md, "staticbench compare").
 * Plain ES2017, no dependencies, no build step; data arrives as scripts that assign into
 * window.StaticBenchData, because browsers block fetch() on file://.
 */
(function (window) {
  'use strict';

  // ======================================================================================
  // Statistics: a port of SampleComparer, ShiftEstimates, RankStatistics, LowerTailRankTest
  // and LowerTailNull (C#), and of what they use from Perfolizer 0.3.17 and MathNet.Numerics.
  // The order of floating-point operations follows the C# code wherever it decides a result.
  // ======================================================================================

  /** ComparisonOptions' defaults. */
  var DEFAULT_OPTIONS = { threshold: 0.01, alpha: 0.01, confidence: 0.95, power: 0.8, bestPartFraction: 0.15 };

  /** SampleComparer.ExactTolerance: relative differences up to 0.01% are equal for deterministic metrics. */
  var EXACT_TOLERANCE = 1e-4;

  /**
   * RankStatistics.ExactLimit: Perfolizer's exact Mann-Whitney distribution below 65 points in all,
   * its Edgeworth approximation from 65 (its 64-bit exact count overflows at 65).
   */
  var EXACT_LIMIT = 65;

  /** LowerTailNull.ExactUpTo: kept samples up to this get the exact null distribution. */
  var LOWER_TAIL_EXACT_UP_TO = 40;

  var SQRT2 = Math.SQRT2;
  var SQRT_PI = Math.sqrt(Math.PI);
  var TWO_32 = 4294967296;

  // ---- the normal distribution (MathNet's Normal.CDF and Normal.InvCDF, to about 1e-15) ----

  /** Complementary error function, relative error about 1e-15 (MathNet's SpecialFunctions.Erfc is Boost's, exact to a few ulps). */
  function erfc(x) {
    if (x !== x) return NaN;
    if (x < 0) return 2 - erfc(-x);
    if (x < 2) return 1 - erfSeries(x);
    if (x > 27.3) return 0; // e^(-x²) is below the smallest double
    return Math.exp(-x * x) / SQRT_PI / erfcFraction(x);
  }

  /** erf(x) = 2/√π · e^(−x²) · Σ x (2x²)^k / (1·3·…·(2k+1)): every term positive, so nothing cancels. */
  function erfSeries(x) {
    var x2 = 2 * x * x, term = x, sum = x;
    for (var k = 1; k < 300 && term > sum * 1e-17; k++) {
      term *= x2 / (2 * k + 1);
      sum += term;
    }
    return 2 / SQRT_PI * Math.exp(-x * x) * sum;
  }

  /** x + (1/2)/(x + 1/(x + (3/2)/(x + …))), so that erfc(x) = e^(−x²) / (√π · this) (DLMF 7.9.2), by Lentz's method. */
  function erfcFraction(x) {
    var tiny = 1e-300, f = x, c = x, d = 0;
    for (var k = 1; k < 2000; k++) {
      var a = k / 2;
      d = x + a * d;
      d = 1 / (d === 0 ? tiny : d);
      c = x + a / c;
      if (c === 0) c = tiny;
      var delta = c * d;
      f *= delta;
      if (Math.abs(delta - 1) < 1e-16) break;
    }
    return f;
  }

  /** MathNet Normal.CDF(mean, sd, x) = erfc((mean − x) / (sd √2)) / 2. */
  function normalCdf(mean, sd, x) {
    return 0.5 * erfc((mean - x) / (sd * SQRT2));
  }

  // Every series asks for the quantiles of the same few levels (confidence, α, power), six times each: computed
  // afresh, 200 series made 1,200 calls, about a fifth of the comparisons' time before the table could be drawn.
  var normalQuantiles = new Map();

  /**
   * Quantile of the standard normal distribution (MathNet Normal.InvCDF(0, 1, p)): Acklam's rational
   * approximation (relative error 1.2e-9), then two Halley steps on the accurate CDF. The lower tail
   * is refined and the upper one mirrored, where 1 − p is exact (Sterbenz), as MathNet's ErfcInv(2p) is.
   */
  function normalQuantile(p) {
    var cached = normalQuantiles.get(p);
    if (cached === undefined) {
      cached = !(p > 0 && p < 1) ? (p === 0 ? -Infinity : p === 1 ? Infinity : NaN)
        : p > 0.5 ? -lowerNormalQuantile(1 - p) : lowerNormalQuantile(p);
      normalQuantiles.set(p, cached);
    }
    return cached;
  }

  var ACKLAM_A = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00];
  var ACKLAM_B = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01];
  var ACKLAM_C = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00];
  var ACKLAM_D = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00];

  function horner(coefficients, x) {
    var value = coefficients[0];
    for (var i = 1; i < coefficients.length; i++) value = value * x + coefficients[i];
    return value;
  }

  function lowerNormalQuantile(p) {
    var x;
    if (p < 0.02425) {
      var q = Math.sqrt(-2 * Math.log(p));
      x = horner(ACKLAM_C, q) / (horner(ACKLAM_D, q) * q + 1);
    } else {
      var c = p - 0.5, r = c * c;
      x = horner(ACKLAM_A, r) * c / (horner(ACKLAM_B, r) * r + 1);
    }
    for (var i = 0; i < 2 && x > -40; i++) {
      var e = 0.5 * erfc(-x / SQRT2) - p;
      var u = e * Math.sqrt(2 * Math.PI) * Math.exp(x * x / 2);
      x = x - u / (1 + x * u / 2);
    }
    return x;
  }

  // ---- Perfolizer 0.3.17's normal distribution, which its Edgeworth approximation uses ----

  var GAUSS_SMALL = [0.000124818987, -0.001075204047, 0.005198775019, -0.019198292004, 0.059054035642,
    -0.151968751364, 0.319152932694, -0.531923007300, 0.797884560593];
  var GAUSS_LARGE = [-0.000045255659, 0.000152529290, -0.000019538132, -0.000676904986, 0.001390604284,
    -0.000794620820, -0.002034254874, 0.006549791214, -0.010557625006, 0.011630447319, -0.009279453341,
    0.005353579108, -0.002141268741, 0.000535310849, 0.999936657524];

  /**
   * Standard normal CDF by ACM Algorithm 209 (Murray's polynomials, about 1e-9 absolute), which
   * Perfolizer's NormalDistribution.Cdf uses: it is exactly 0 or 1 beyond |x| = 6, so p-values of
   * the Edgeworth approximation must be computed with it, not with an accurate CDF.
   */
  function gauss209(x) {
    var z;
    if (Math.abs(x) < 1e-9) {
      z = 0;
    } else {
      var y = Math.abs(x) / 2;
      if (y >= 3) z = 1;
      else if (y < 1) z = horner(GAUSS_SMALL, y * y) * y * 2;
      else z = horner(GAUSS_LARGE, y - 2);
    }
    return x > 0 ? (z + 1) / 2 : (1 - z) / 2;
  }

  // ---- Mann-Whitney U test (Perfolizer's MannWhitneyTest, two-sided, as RankStatistics calls it) ----

  /** .NET Math.Round(double): halves go to the even neighbour (site.js). */
  function roundHalfEven(v) { return window.StaticBench.roundHalfEven(v); }

  /**
   * U of x: its rank sum minus n(n+1)/2, ranks averaged over ties, where (as in Perfolizer) a tie
   * is a run of sorted values within 1e-9 of the run's first value.
   */
  function mannWhitneyU(x, y) {
    var n = x.length, total = n + y.length, all = new Float64Array(total), order = new Array(total), i;
    for (i = 0; i < n; i++) all[i] = x[i];
    for (i = 0; i < y.length; i++) all[n + i] = y[i];
    for (i = 0; i < total; i++) order[i] = i;
    order.sort(function (a, b) { return all[a] - all[b]; });
    var ux = 0;
    for (i = 0; i < total;) {
      var j = i;
      while (j + 1 < total && Math.abs(all[order[j + 1]] - all[order[i]]) < 1e-9) j++;
      var rank = (i + j + 2) / 2;
      for (var k = i; k <= j; k++) if (order[k] < n) ux += rank;
      i = j + 1;
    }
    return ux - n * (n + 1) / 2;
  }

  var exactNulls = new Map();

  /**
   * How many of the C(n+m, n) orderings of n x and m y give each U (pairs with x above y), counted
   * exactly in two 32-bit limbs, and cumulated: the same integers Perfolizer's Loeffler recurrence
   * counts in 64 bits (below 65 points in all, where it does not overflow), so that P(U < u) is the
   * same correctly rounded quotient of two integers. The count does not depend on which side is x.
   */
  function exactNull(n, m) {
    var small = Math.min(n, m), large = Math.max(n, m), key = small + ',' + large;
    var cached = exactNulls.get(key);
    if (cached) return cached;
    var width = small * large + 1, hi = new Float64Array((small + 1) * width), lo = new Float64Array((small + 1) * width);
    lo[0] = 1;
    // Walk up the ranks; placing an x at rank i after k x's sets it above the i − k y's below it.
    // Rows are updated from the top down, so that each rank places at most one x.
    for (var i = 0; i < small + large; i++) {
      for (var k = Math.min(i, small - 1); k >= 0 && i - k <= large; k--) {
        var from = k * width, to = (k + 1) * width + (i - k), most = k * (i - k);
        for (var u = 0; u <= most; u++) {
          var l = lo[from + u], h = hi[from + u];
          if (l === 0 && h === 0) continue;
          var sumLo = lo[to + u] + l, sumHi = hi[to + u] + h;
          if (sumLo >= TWO_32) { sumLo -= TWO_32; sumHi += 1; }
          lo[to + u] = sumLo;
          hi[to + u] = sumHi;
        }
      }
    }
    var below = new Float64Array(width + 1), row = small * width, cumLo = 0, cumHi = 0;
    for (var v = 0; v < width; v++) {
      cumLo += lo[row + v];
      cumHi += hi[row + v];
      if (cumLo >= TWO_32) { cumLo -= TWO_32; cumHi += 1; }
      below[v + 1] = cumHi * TWO_32 + cumLo; // one rounding, as C#'s long-to-double conversion
    }
    cached = { below: below, total: below[width] };
    exactNulls.set(key, cached);
    return cached;
  }

  /** Perfolizer's MannWhitneyLoefflerExactCdf.Cdf(n, m, u): P(U < u), as (double)count / (double)C(n+m, m). */
  function exactCdf(n, m, u) {
    var nul = exactNull(n, m);
    return (u <= 0 ? 0 : nul.below[u]) / nul.total;
  }

  /**
   * Perfolizer's MannWhitneyEdgeworthApproxCdf.Cdf(n, m, u) (https://aakinshin.net/posts/mw-edgeworth2/),
   * in the same order of operations. Its integer subexpressions are C# int arithmetic, which wraps
   * past 2^31: n·m·(n+m+1) from about 1,000 samples a side, 5·m·n·(m+n) from about 600. Math.imul
   * wraps them the same way, so this gives what `staticbench compare` gives there too (a meaningless
   * p-value, or with a negative variance NaN, which RankStatistics turns into p = 1).
   */
  function edgeworthCdf(n, m, u) {
    var imul = Math.imul, pow = Math.pow;
    var nm1 = imul(imul(n, m), (n + m + 1) | 0);
    var mu = imul(n, m) / 2;
    var su = Math.sqrt(nm1 / 12);
    var z = (u - mu - 0.5) / su;
    var phi = Math.exp(-(z * z) / 2) / (1 * Math.sqrt(2 * Math.PI));
    var Phi = gauss209(z);
    var mu2 = nm1 / 12;
    var mu4 = nm1 * (0
      + imul(imul(imul(5, m), n), (m + n) | 0)
      - 2 * (pow(m, 2) + pow(n, 2))
      + imul(imul(3, m), n)
      - imul(2, (n + m) | 0)) / 240;
    var mu6 = nm1 * (0
      + 35 * pow(m, 2) * pow(n, 2) * (pow(m, 2) + pow(n, 2))
      + 70 * pow(m, 3) * pow(n, 3)
      - imul(imul(42, m), n) * (pow(m, 3) + pow(n, 3))
      - 14 * pow(m, 2) * pow(n, 2) * ((n + m) | 0)
      + 16 * (pow(n, 4) + pow(m, 4))
      - imul(imul(52, n), m) * (pow(n, 2) + pow(m, 2))
      - 43 * pow(n, 2) * pow(m, 2)
      + 32 * (pow(m, 3) + pow(n, 3))
      + imul(imul(imul(14, m), n), (n + m) | 0)
      + 8 * (pow(n, 2) + pow(m, 2))
      + imul(imul(16, n), m)
      - imul(8, (n + m) | 0)) / 4032;
    var e3 = (mu4 / pow(mu2, 2) - 3) / 24;
    var e5 = (mu6 / pow(mu2, 3) - 15 * mu4 / pow(mu2, 2) + 30) / 720;
    var e7 = 35 * pow((mu4 / pow(mu2, 2) - 3), 2) / 40320;
    var f3 = -phi * (pow(z, 3) - 3 * z);
    var f5 = -phi * (pow(z, 5) - 10 * pow(z, 3) + 15 * z);
    var f7 = -phi * (pow(z, 7) - 21 * pow(z, 5) + 105 * pow(z, 3) - 105 * z);
    var edgeworth = Phi + e3 * f3 + e5 * f5 + e7 * f7;
    return Math.min(Math.max(edgeworth, 0), 1);
  }

  /** RankStatistics.MannWhitneyPValue: two-sided p that x and y come from one distribution. */
  function mannWhitneyPValue(x, y) {
    if (x.length === 0 || y.length === 0) return 1;
    if (allEqual(x) && allEqual(y)) return x[0] === y[0] ? 1 : 0;
    var n = x.length, m = y.length, cdf = n + m >= EXACT_LIMIT ? edgeworthCdf : exactCdf;
    var ux = mannWhitneyU(x, y), uy = n * m - ux;
    var greater = 1 - cdf(n, m, roundHalfEven(ux));
    var less = 1 - cdf(m, n, roundHalfEven(uy));
    var p = Math.min(Math.min(greater, less) * 2, 1);
    return isFinite(p) ? Math.min(Math.max(p, 0), 1) : 1;
  }

  // ---- Hodges-Lehmann shift and Moses' interval (RankStatistics) ----

  function median(values) {
    if (values.length === 0) return NaN;
    var sorted = isSorted(values) ? values : Float64Array.from(values).sort();
    var mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  function isSorted(values) {
    for (var i = 1; i < values.length; i++) if (values[i] < values[i - 1]) return false;
    return true;
  }

  function allEqual(values) {
    for (var i = 1; i < values.length; i++) if (values[i] !== values[0]) return false;
    return true;
  }

  /**
   * Differences listed and sorted up to this many; beyond, order statistics are selected without
   * listing them (C# sorts all of them, which is the same numbers; a browser tab would need 8 bytes
   * each: 200 MB at 5,000 samples a side).
   */
  var LIST_DIFFERENCES_UP_TO = 1 << 20;

  /** Every y − x in order: { length, at(k) } for the k-th smallest (0-based), exactly the value C# sorts into d[k]. */
  function pairwiseDifferences(x, y) {
    var count = x.length * y.length;
    if (count <= LIST_DIFFERENCES_UP_TO) {
      var d = new Float64Array(count), i = 0;
      for (var b = 0; b < y.length; b++) for (var a = 0; a < x.length; a++) d[i++] = y[b] - x[a];
      d.sort();
      return { length: count, at: function (k) { return d[k]; } };
    }
    return { length: count, at: differenceSelector(x, y) };
  }

  /**
   * Selection in the sorted matrix of differences: row j holds ys[j] − xs[n−1−i], ascending along
   * rows and down columns (a rounded subtraction never reverses an order). Candidates of row j are
   * lo[j] ≤ i < hi[j]; a random candidate pivot is counted against the whole matrix with one
   * staircase walk, O(n + m), and every row's candidates shrink to the side the k-th lies on.
   * Expected O(log(n·m)) rounds. The pseudo-random pivots make the work, never the result, vary.
   */
  function differenceSelector(x, y) {
    var xs = Float64Array.from(x).sort(), ys = Float64Array.from(y).sort(), n = xs.length, m = ys.length;
    var seed = 2463534242;
    function random() { // xorshift32
      seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5;
      return (seed >>> 0) / 4294967296;
    }
    function value(j, i) { return ys[j] - xs[n - 1 - i]; }
    function countBelow(pivot, orEqual, counts) {
      var total = 0, c = n;
      for (var j = 0; j < m; j++) {
        while (c > 0 && (orEqual ? value(j, c - 1) > pivot : value(j, c - 1) >= pivot)) c--;
        counts[j] = c;
        total += c;
      }
      return total;
    }
    return function (k) {
      var lo = new Int32Array(m), hi = new Int32Array(m), less = new Int32Array(m), lessOrEqual = new Int32Array(m), j;
      for (j = 0; j < m; j++) hi[j] = n;
      for (;;) {
        var candidates = 0;
        for (j = 0; j < m; j++) candidates += hi[j] - lo[j];
        var pick = Math.floor(random() * candidates), pivot = NaN;
        for (j = 0; j < m; j++) {
          if (pick < hi[j] - lo[j]) { pivot = value(j, lo[j] + pick); break; }
          pick -= hi[j] - lo[j];
        }
        if (k < countBelow(pivot, false, less)) {
          for (j = 0; j < m; j++) hi[j] = Math.min(hi[j], less[j]);
        } else if (k < countBelow(pivot, true, lessOrEqual)) {
          return pivot;
        } else {
          for (j = 0; j < m; j++) lo[j] = Math.max(lo[j], lessOrEqual[j]);
        }
      }
    };
  }

  /** Median of the sorted differences (RankStatistics.Median of a sorted array): the Hodges-Lehmann shift. */
  function medianOfDifferences(d) {
    var mid = Math.floor(d.length / 2);
    return d.length % 2 === 1 ? d.at(mid) : (d.at(mid - 1) + d.at(mid)) / 2;
  }

  /** Moses' interval for the shift: order statistics of the sorted differences, chosen with the normal approximation to U. */
  function shiftInterval(n, m, differences, confidence) {
    if (differences.length === 0) return [NaN, NaN];
    var z = normalQuantile(1 - (1 - confidence) / 2);
    var k = Math.floor(n * m / 2 - z * Math.sqrt(n * m * (n + m + 1) / 12));
    k = Math.min(Math.max(k, 0), differences.length - 1);
    return [differences.at(k), differences.at(differences.length - 1 - k)];
  }

  // ---- the lower-tail rank test (LowerTailNull, LowerTailRankTest) ----

  var lowerTailNulls = new Map();

  /** LowerTailNull.For(n, m, kept): U's distribution under "no change" when only the lowest kept of n + m samples are ranked. */
  function lowerTailNull(n, m, kept) {
    var key = n + ',' + m + ',' + kept, cached = lowerTailNulls.get(key);
    if (cached) return cached;
    var total = n + m, censored = total - kept, mean = n * m / 2;
    var variance = n * m / 12 * (total + 1 - (censored * censored * censored - censored) / (total * (total - 1)));
    cached = {
      exact: kept <= LOWER_TAIL_EXACT_UP_TO ? lowerTailExact(n, m, kept) : null,
      mean: mean,
      sd: Math.sqrt(Math.max(variance, 0)),
    };
    lowerTailNulls.set(key, cached);
    return cached;
  }

  /** The exact distribution as sorted [u, probability] pairs (see LowerTailNull.Exact). */
  function lowerTailExact(n, m, kept) {
    var maxPairs = Math.floor(kept * kept / 4), width = maxPairs + 1;
    var p = new Float64Array((kept + 1) * width);
    p[0] = 1;
    for (var i = 0; i < kept; i++) {
      var next = new Float64Array((kept + 1) * width);
      for (var heads = Math.min(i, m); heads >= 0 && i - heads <= n; heads--) {
        var pHead = (m - heads) / (n + m - i);
        for (var pairs = 0; pairs <= heads * (i - heads); pairs++) {
          var here = p[heads * width + pairs];
          if (here === 0) continue;
          if (pHead > 0) next[(heads + 1) * width + pairs + i - heads] += here * pHead;
          if (pHead < 1) next[heads * width + pairs] += here * (1 - pHead);
        }
      }
      p = next;
    }
    var distribution = new Map();
    for (var h = 0; h <= Math.min(kept, m); h++) {
      // Censored heads lie above every kept base, and tie (one half) with every censored base.
      var censoredHeads = m - h, keptBases = kept - h, censoredBases = n - keptBases;
      for (var q = 0; q <= maxPairs; q++) {
        var probability = p[h * width + q];
        if (probability === 0) continue;
        var u = q + censoredHeads * keptBases + 0.5 * censoredHeads * censoredBases;
        distribution.set(u, (distribution.get(u) || 0) + probability);
      }
    }
    return Array.from(distribution.entries()).sort(function (a, b) { return a[0] - b[0]; });
  }

  function lowerTailAtMost(nul, u) {
    if (!nul.exact) return normalCdf(nul.mean, Math.max(nul.sd, 1e-300), u);
    var sum = 0;
    for (var i = 0; i < nul.exact.length; i++) if (nul.exact[i][0] <= u + 1e-9) sum += nul.exact[i][1];
    return sum;
  }

  function lowerTailAtLeast(nul, u) {
    if (!nul.exact) return 1 - normalCdf(nul.mean, Math.max(nul.sd, 1e-300), u);
    var sum = 0;
    for (var i = 0; i < nul.exact.length; i++) if (nul.exact[i][0] >= u - 1e-9) sum += nul.exact[i][1];
    return sum;
  }

  function lowerTailPValue(nul, u) {
    return Math.min(1, 2 * Math.min(lowerTailAtMost(nul, u), lowerTailAtLeast(nul, u)));
  }

  function lowerTailSmallestPValue(nul) {
    if (!nul.exact) return 0;
    return Math.min(1, 2 * Math.min(nul.exact[0][1], nul.exact[nul.exact.length - 1][1]));
  }

  /** Values of U at which a two-sided test at this level rejects: U ≤ low or U ≥ high (infinite when none is extreme enough). */
  function lowerTailCritical(nul, level) {
    if (!nul.exact) {
      var z = normalQuantile(1 - level / 2) * nul.sd;
      return [nul.mean - z, nul.mean + z];
    }
    var low = -Infinity, high = Infinity, tail = 0, i;
    for (i = 0; i < nul.exact.length; i++) {
      if ((tail += nul.exact[i][1]) > level / 2 + 1e-12) break;
      low = nul.exact[i][0];
    }
    tail = 0;
    for (i = nul.exact.length - 1; i >= 0; i--) {
      if ((tail += nul.exact[i][1]) > level / 2 + 1e-12) break;
      high = nul.exact[i][0];
    }
    return [low, high];
  }

  /** LowerTailRankTest.KeptCount: the lowest ceil(fraction × (n + m)) pooled samples, at least one. */
  function keptCount(n, m, fraction) {
    return Math.min(Math.max(Math.ceil(fraction * (n + m) - 1e-9), 1), n + m);
  }

  /** LowerTailRankTest.CanReach: whether the test can give a two-sided p of alpha at these sizes at all. */
  function lowerTailCanReach(n, m, fraction, alpha) {
    return n > 0 && m > 0 && lowerTailSmallestPValue(lowerTailNull(n, m, keptCount(n, m, fraction))) <= alpha;
  }

  function lowerBound(a, v) {
    var lo = 0, hi = a.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (a[mid] < v) lo = mid + 1; else hi = mid; }
    return lo;
  }

  function upperBound(a, v) {
    var lo = 0, hi = a.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (a[mid] <= v) lo = mid + 1; else hi = mid; }
    return lo;
  }

  /** LowerTailRankTest's Sides: both samples sorted once, U of (x, y − d) for trial shifts d. */
  function lowerTailSides(x, y, kept) {
    var xs = Float64Array.from(x).sort(), ys = Float64Array.from(y).sort();

    function kthSmallest(d) {
      var i = 0, j = 0, value = 0;
      for (var k = 0; k < kept; k++) {
        value = j >= ys.length || (i < xs.length && xs[i] <= ys[j] - d) ? xs[i++] : ys[j++] - d;
      }
      return value;
    }

    function u(d) {
      var cutoff = kthSmallest(d), keptBases = upperBound(xs, cutoff), total = 0;
      for (var j = 0; j < ys.length; j++) {
        var h = ys[j] - d;
        if (h > cutoff) {
          total += keptBases + 0.5 * (xs.length - keptBases);
        } else {
          var below = lowerBound(xs, h);
          total += below + 0.5 * (upperBound(xs, h) - below);
        }
      }
      return total;
    }

    /** The smallest shift d (to within rounding) at which holds(U(d)) is true; U never rises with d. */
    function firstShiftWhere(holds) {
      var lo = ys[0] - xs[xs.length - 1] - 1, hi = ys[ys.length - 1] - xs[0] + 1;
      if (holds(u(lo))) return lo;
      for (var i = 0; i < 200; i++) {
        var mid = lo + (hi - lo) / 2;
        if (mid <= lo || mid >= hi) break;
        if (holds(u(mid))) hi = mid; else lo = mid;
      }
      return hi;
    }

    return { u: u, firstShiftWhere: firstShiftWhere };
  }

  /** LowerTailRankTest.Analyse: p-value, shift of y relative to x, and its interval at this confidence. */
  function lowerTailAnalyse(x, y, fraction, confidence) {
    if (x.length === 0 || y.length === 0) return { pValue: 1, shift: 0, low: -Infinity, high: Infinity };
    var kept = keptCount(x.length, y.length, fraction);
    var sides = lowerTailSides(x, y, kept);
    var nul = lowerTailNull(x.length, y.length, kept);
    var balance = x.length * y.length / 2;
    var shift = (sides.firstShiftWhere(function (u) { return u <= balance; }) + sides.firstShiftWhere(function (u) { return u < balance; })) / 2;
    var critical = lowerTailCritical(nul, 1 - confidence), rejectLow = critical[0], rejectHigh = critical[1];
    // U falls as d grows. Shifts below low leave head − d so high that U ≥ rejectHigh; above high, U ≤ rejectLow.
    var low = Math.abs(rejectHigh) === Infinity ? -Infinity : sides.firstShiftWhere(function (u) { return u < rejectHigh; });
    var high = Math.abs(rejectLow) === Infinity ? Infinity : sides.firstShiftWhere(function (u) { return u <= rejectLow; });
    return { pValue: lowerTailPValue(nul, sides.u(0)), shift: shift, low: low, high: high };
  }

  // ---- ShiftEstimate, ShiftEstimates ----

  function estimate(basis, pValue, shift, low, high, alpha, confidence) {
    return { basis: basis, pValue: pValue, shift: shift, low: low, high: high, alpha: alpha, confidence: confidence };
  }

  /** ShiftEstimate.MinimumDetectableShift: (z₁₋α/₂ + z_power) × SE, the standard error read from the interval's width. */
  function minimumDetectableShift(e, power) {
    var zInterval = normalQuantile(1 - (1 - e.confidence) / 2);
    var standardError = (e.high - e.low) / (2 * zInterval);
    return (normalQuantile(1 - e.alpha / 2) + normalQuantile(power)) * standardError;
  }

  /** ShiftEstimates.For: all samples, and the best part when its test can reach half of α (Bonferroni). */
  function shiftEstimates(x, y, better, options) {
    var both = options.bestPartFraction > 0 && lowerTailCanReach(x.length, y.length, options.bestPartFraction, options.alpha / 2);
    var alpha = both ? options.alpha / 2 : options.alpha;
    var confidence = both ? 1 - (1 - options.confidence) / 2 : options.confidence;
    var differences = pairwiseDifferences(x, y);
    var interval = shiftInterval(x.length, y.length, differences, confidence);
    var hodgesLehmann = differences.length === 0 ? 0 : medianOfDifferences(differences);
    var all = estimate('all', mannWhitneyPValue(x, y), hodgesLehmann, interval[0], interval[1], alpha, confidence);
    if (!both) return [all];
    if (better !== 'higher') {
      var lower = lowerTailAnalyse(x, y, options.bestPartFraction, confidence);
      return [all, estimate('best part', lower.pValue, lower.shift, lower.low, lower.high, alpha, confidence)];
    }
    // Higher is better: the upper tail, as the lower tail of the negated samples (and the shift negated back).
    var negate = function (v) { return -v; };
    var upper = lowerTailAnalyse(Array.from(x, negate), Array.from(y, negate), options.bestPartFraction, confidence);
    return [all, estimate('best part', upper.pValue, -upper.shift, -upper.high, -upper.low, alpha, confidence)];
  }

  // ---- SampleComparer ----

  /** .NET's double.CompareTo: NaN sorts below every number (what MinBy uses). */
  function compareDoubles(a, b) {
    if (a < b) return -1;
    if (a > b) return 1;
    if (a === b) return 0;
    if (a !== a) return b !== b ? 0 : -1;
    return 1;
  }

  /** .NET's MinBy: the first item with the smallest key, or null. */
  function minBy(items, key) {
    var best = null, bestKey = 0;
    for (var i = 0; i < items.length; i++) {
      var k = key(items[i]);
      if (best === null || compareDoubles(k, bestKey) < 0) { best = items[i]; bestKey = k; }
    }
    return best;
  }

  /** .NET's Min over doubles: NaN as soon as one is NaN. */
  function minOf(values) {
    var min = Infinity;
    for (var i = 0; i < values.length; i++) {
      if (values[i] !== values[i]) return NaN;
      if (values[i] < min) min = values[i];
    }
    return min;
  }

  function isDeterministic(unit, baseSamples, headSamples) {
    return unit === 'count' || unit === 'bytes' || (allEqual(baseSamples) && allEqual(headSamples));
  }

  function spread(samples) {
    var m = Math.abs(median(samples));
    if (samples.length < 2 || m === 0) return 0;
    var min = Infinity, max = -Infinity;
    samples.forEach(function (v) { if (v < min) min = v; if (v > max) max = v; });
    return (max - min) / m;
  }

  function relative(from, to) {
    if (from === to) return 0;
    if (from === 0) return Math.sign(to) * Infinity;
    return (to - from) / Math.abs(from);
  }

  function direction(change, better) {
    return (change > 0) === (better === 'higher') ? 'improvement' : 'regression';
  }

  function withDefaults(options) {
    var merged = {};
    Object.keys(DEFAULT_OPTIONS).forEach(function (k) {
      merged[k] = options && typeof options[k] === 'number' ? options[k] : DEFAULT_OPTIONS[k];
    });
    return merged;
  }

  /**
   * SampleComparer.Compare: one series' samples at base and head. unit 'count' or 'bytes' (or samples
   * that repeat exactly) are compared exactly; otherwise by rank tests of the log samples.
   * better is 'lower' or 'higher'. Fractions throughout: change 0.05 is 5% higher.
   */
  function compareSamples(baseSamples, headSamples, unit, better, options) {
    options = withDefaults(options);
    baseSamples = Array.from(baseSamples || []);
    headSamples = Array.from(headSamples || []);
    var baseMedian = median(baseSamples), headMedian = median(headSamples);
    var common = {
      baseMedian: baseMedian, headMedian: headMedian, baseCount: baseSamples.length, headCount: headSamples.length,
    };

    if (isDeterministic(unit, baseSamples, headSamples)) {
      // Counts and sizes: no statistics. A difference is real when it exceeds both the spread of
      // repeats on either side and a 0.01% floor.
      var exact = relative(baseMedian, headMedian);
      var tolerance = Math.max(EXACT_TOLERANCE, Math.max(spread(baseSamples), spread(headSamples)));
      var differs = Math.abs(exact) > tolerance;
      return assign(common, {
        verdict: differs ? direction(exact, better) : 'no change', method: 'exact', basis: null,
        change: exact, changeLow: exact, changeHigh: exact, pValue: differs ? 0 : 1, minimumDetectable: tolerance,
      });
    }

    var positive = baseSamples.every(function (v) { return v > 0; }) && headSamples.every(function (v) { return v > 0; });
    var x = positive ? baseSamples.map(Math.log) : baseSamples;
    var y = positive ? headSamples.map(Math.log) : headSamples;
    var scale = positive || baseMedian === 0 ? 1 : Math.abs(baseMedian);
    var toChange = function (s) { return positive ? Math.exp(s) - 1 : s / scale; };
    var flags = function (e) {
      return e.pValue < e.alpha && Math.abs(toChange(e.shift)) >= options.threshold && (e.low > 0 || e.high < 0);
    };

    // Report the estimate that found a change (the more significant, should both), else the more precise one.
    var estimates = shiftEstimates(x, y, better, options);
    var found = minBy(estimates.filter(flags), function (e) { return e.pValue; });
    var reported = found || minBy(estimates, function (e) { return e.high - e.low; });
    var change = toChange(reported.shift), changeLow = toChange(reported.low), changeHigh = toChange(reported.high);

    // "No change" is a claim too: only when the whole interval lies within the threshold, or when both sides hold
    // the very same samples (a run compared with itself: nothing differs).
    var verdict = found ? direction(change, better)
      : changeLow >= -options.threshold && changeHigh <= options.threshold ? 'no change'
        : sameSamples(baseSamples, headSamples) ? 'no change'
          : 'too noisy';

    return assign(common, {
      verdict: verdict, method: 'rank', basis: reported.basis,
      change: change, changeLow: changeLow, changeHigh: changeHigh,
      pValue: Math.min(1, minOf(estimates.map(function (e) { return e.pValue; })) * estimates.length),
      minimumDetectable: minOf(estimates.map(function (e) { return toChange(minimumDetectableShift(e, options.power)); })),
    });
  }

  function sameSamples(x, y) {
    if (x.length !== y.length) return false;
    var a = x.slice().sort(function (p, q) { return p - q; }), b = y.slice().sort(function (p, q) { return p - q; });
    return a.every(function (v, i) { return v === b[i]; });
  }

  function assign(target, source) {
    Object.keys(source).forEach(function (k) { target[k] = source[k]; });
    return target;
  }

  /** The median of samples pooled over runs: numbers, or arrays of numbers (one per run). */
  function pooledMedian(samples) {
    var pooled = [];
    (samples || []).forEach(function (s) {
      if (Array.isArray(s) || ArrayBuffer.isView(s)) Array.prototype.push.apply(pooled, Array.from(s));
      else pooled.push(s);
    });
    return median(pooled);
  }

  /** Geometric mean of ratios (head/base), over the positive finite ones; NaN when there are none. */
  function geometricMean(ratios) {
    var sum = 0, count = 0;
    (ratios || []).forEach(function (r) {
      if (r > 0 && isFinite(r)) { sum += Math.log(r); count++; }
    });
    return count === 0 ? NaN : Math.exp(sum / count);
  }

  // Formatting lives in site.js (StaticBench.format and friends), shared with every page.
  function formatValue(value, unit) { return window.StaticBench.format(value, unit); }
  function formatRatio(ratio) { return window.StaticBench.ratio(ratio); }
  function formatPercent(fraction) { return window.StaticBench.percent(fraction); }
  function formatPValue(p) { return window.StaticBench.pValue(p); }

  // ======================================================================================
  // The page: pickers, address, loading samples, the table and its summary
  // ======================================================================================

  /** Verdicts in impact order (ComparisonSet.Sort), with their CSS class. */
  var VERDICTS = {
    'regression': { order: 0, css: 'regression' },
    'improvement': { order: 1, css: 'improvement' },
    'too noisy': { order: 2, css: 'too-noisy' },
    'no change': { order: 3, css: 'no-change' },
    'only in head': { order: 4, css: 'one-sided' },
    'only in base': { order: 5, css: 'one-sided' },
  };

  var VERDICT_FILTERS = [
    ['', 'All verdicts', null],
    ['changed', 'Regressions and improvements', ['regression', 'improvement']],
    ['regression', 'Regressions', ['regression']],
    ['improvement', 'Improvements', ['improvement']],
    ['too-noisy', 'Too noisy to say', ['too noisy']],
    ['no-change', 'No change', ['no change']],
    ['one-sided', 'Only in base or head', ['only in base', 'only in head']],
  ];

  var COLUMNS = [
    { key: 'benchmark', label: 'Benchmark', type: 'text' },
    { key: 'engine', label: 'Engine', type: 'text' },
    { key: 'phase', label: 'Phase', type: 'text' },
    { key: 'metric', label: 'Metric', type: 'text' },
    { key: 'machine', label: 'Machine', type: 'text' },
    { key: 'size', label: 'Job size', type: 'size' },
    { key: 'parameters', label: 'Parameters', type: 'text' },
    { key: 'baseMedian', label: 'Base median', type: 'number' },
    { key: 'headMedian', label: 'Head median', type: 'number' },
    { key: 'change', label: 'Change [interval]', type: 'number' },
    { key: 'pValue', label: 'p', type: 'number' },
    { key: 'verdict', label: 'Verdict', type: 'verdict' },
  ];

  /** Rows of the compare table built before the browser first draws it: more than a screen holds. */
  var FIRST_ROWS = 30;

  /** Runs fn once the browser has drawn what the page has now (after the next frame; on a hidden page, soon anyway). */
  function afterPaint(fn) {
    var done = false;
    function once() { if (!done) { done = true; fn(); } }
    if (typeof window.requestAnimationFrame === 'function') window.requestAnimationFrame(function () { window.setTimeout(once, 0); });
    window.setTimeout(once, 200);
  }

  /** Runs fn once the browser is idle after drawing what the page has now, or within a second at the latest. */
  function whenIdle(fn) {
    if (typeof window.requestIdleCallback === 'function') afterPaint(function () { window.requestIdleCallback(fn, { timeout: 1000 }); });
    else afterPaint(fn);
  }

  var TEXT_FIELDS = ['benchmark', 'engine', 'phase', 'metric', 'machine', 'size', 'parameters'];
  var SHA = /^[0-9a-f]{7,40}$/i;

  /** Comparison.VerdictText: faster/slower for times, better/worse otherwise. */
  function verdictText(verdict, unit) {
    if (verdict === 'regression') return unit === 'ns' ? 'slower' : 'worse';
    if (verdict === 'improvement') return unit === 'ns' ? 'faster' : 'better';
    if (verdict === 'too noisy') return 'too noisy to say';
    return verdict;
  }

  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (k) {
      if (k === 'text') node.textContent = attributes[k];
      else if (k === 'className') node.className = attributes[k];
      else node.setAttribute(k, attributes[k]);
    });
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  // Commit ids and times as every page shows them (site.js).
  function shortSha(sha) { return window.StaticBench.shortSha(String(sha)); }

  function utcMinutes(time) { return window.StaticBench.time(time); }

  function seriesName(row) {
    var inside = [row.size, row.parameters].filter(function (s) { return s; }).join(',');
    var parts = [row.benchmark, inside ? '[' + inside + ']' : '', row.engine, row.phase, row.metric]
      .filter(function (s) { return s; });
    return parts.join(' ') + (row.machine ? ' on ' + row.machine : '');
  }

  /** Only relative links into the site: no scheme, no network path. */
  function isSitePath(path) {
    return typeof path === 'string' && path !== '' && !/^([a-z][a-z0-9+.-]*:|\/\/|\\)/i.test(path);
  }

  function numbers(samples) {
    return Array.isArray(samples) ? samples.filter(function (v) { return typeof v === 'number' && isFinite(v); }) : [];
  }

  function str(v) { return v === null || v === undefined ? '' : String(v); }

  /**
   * Pairs the series of two commits as ComparisonSet does: by their full key; when the two sides
   * share no machine, without the machine (and the machines' samples pooled). Series the index
   * does not describe are left out (their unit and direction are unknown).
   */
  function pairSeries(index, baseSeries, headSeries) {
    var left = { unknown: 0 };
    function entries(series) {
      return Object.keys(series || {}).map(function (id) {
        var meta = index.get(id), samples = numbers(series[id]);
        if (!meta) { left.unknown++; return null; }
        return samples.length ? { meta: meta, samples: samples } : null;
      }).filter(function (e) { return e; });
    }
    var bases = entries(baseSeries), heads = entries(headSeries);
    var baseMachines = new Set(bases.map(function (e) { return e.meta.machine; }));
    var ignoreMachine = !heads.some(function (e) { return baseMachines.has(e.meta.machine); });

    function pool(list) {
      var pooled = new Map();
      list.forEach(function (e) {
        var m = e.meta;
        var key = JSON.stringify([ignoreMachine ? '' : m.machine, m.benchmark, m.parameters, m.engine, m.phase, m.metric]);
        var p = pooled.get(key);
        if (!p) pooled.set(key, p = { meta: m, machines: [], unit: m.unit, samples: [] });
        if (p.unit !== m.unit) return;
        if (p.machines.indexOf(m.machine) < 0) p.machines.push(m.machine);
        Array.prototype.push.apply(p.samples, e.samples);
      });
      return pooled;
    }

    var basePool = pool(bases), headPool = pool(heads), pairs = [];
    headPool.forEach(function (head, key) { pairs.push({ base: basePool.get(key) || null, head: head }); });
    basePool.forEach(function (base, key) { if (!headPool.has(key)) pairs.push({ base: base, head: null }); });
    return { pairs: pairs, unknown: left.unknown };
  }

  function compareRow(pair) {
    var side = pair.head || pair.base, m = side.meta, machines = pair.base && pair.head
      ? pair.base.machines.concat(pair.head.machines.filter(function (x) { return pair.base.machines.indexOf(x) < 0; }))
      : side.machines;
    var row = {
      benchmark: str(m.benchmark), engine: str(m.engine), phase: str(m.phase), metric: str(m.metric),
      machine: machines.map(str).join(', '), unit: str(m.unit),
      // The job size is its own column (data/index.js splits it from the other parameters).
      size: str(m.size), sizeValue: typeof m.sizeValue === 'number' ? m.sizeValue : NaN,
      parameters: m.size ? str(m.otherParameters) : str(m.parameters),
      better: m.better === 'higher' ? 'higher' : 'lower', page: m.page, result: null,
      baseMedian: NaN, headMedian: NaN, baseCount: 0, headCount: 0, change: NaN, pValue: NaN,
    };
    if (pair.base && pair.head) {
      // As ComparisonSet: head's unit and direction.
      var r = compareSamples(pair.base.samples, pair.head.samples, pair.head.unit, pair.head.meta.better === 'higher' ? 'higher' : 'lower');
      row.result = r;
      row.verdict = r.verdict;
      row.baseMedian = r.baseMedian; row.headMedian = r.headMedian;
      row.baseCount = r.baseCount; row.headCount = r.headCount;
      row.change = r.change;
      row.pValue = r.method === 'rank' ? r.pValue : NaN;
    } else if (pair.head) {
      row.verdict = 'only in head';
      row.headMedian = median(pair.head.samples); row.headCount = pair.head.samples.length;
    } else {
      row.verdict = 'only in base';
      row.baseMedian = median(pair.base.samples); row.baseCount = pair.base.samples.length;
    }
    row.name = seriesName(row);
    row.search = TEXT_FIELDS.map(function (f) { return row[f]; }).join('\n').toLowerCase();
    return row;
  }

  /** ComparisonSet.Sort: regressions, improvements, too noisy, no change (largest change first), then one-sided; ties by name. */
  function byImpact(a, b) {
    var order = VERDICTS[a.verdict].order - VERDICTS[b.verdict].order;
    if (order) return order;
    var size = (b.change === b.change ? Math.abs(b.change) : 0) - (a.change === a.change ? Math.abs(a.change) : 0);
    if (size) return size;
    return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
  }

  function sortRows(rows, sort) {
    var column = COLUMNS.filter(function (c) { return c.key === sort.key; })[0];
    var sign = sort.descending ? -1 : 1;
    return rows.slice().sort(function (a, b) {
      var result = 0;
      if (column.type === 'number' || column.type === 'size') {
        var key = column.type === 'size' ? 'sizeValue' : column.key;
        var x = a[key], y = b[key];
        if (x !== x || y !== y) return x !== x && y !== y ? byImpact(a, b) : x !== x ? 1 : -1; // blanks last
        result = x < y ? -1 : x > y ? 1 : 0;
      } else if (column.type === 'text') {
        result = a[column.key] < b[column.key] ? -1 : a[column.key] > b[column.key] ? 1 : 0;
      } else {
        result = byImpact(a, b);
      }
      return result ? sign * result : byImpact(a, b);
    });
  }

  function summarize(rows) {
    var counts = {}, ratios = [], worst = null, best = null;
    Object.keys(VERDICTS).forEach(function (v) { counts[v] = 0; });
    rows.forEach(function (row) {
      counts[row.verdict]++;
      if (!row.result) return;
      ratios.push(row.headMedian / row.baseMedian);
      var worse = row.better === 'higher' ? -row.change : row.change; // Comparison.Regression
      if (row.verdict === 'regression' && (!worst || worse > worst.size)) worst = { row: row, size: worse };
      if (row.verdict === 'improvement' && (!best || -worse > best.size)) best = { row: row, size: -worse };
    });
    var used = ratios.filter(function (r) { return r > 0 && isFinite(r); }).length;
    return { counts: counts, geometricMean: geometricMean(ratios), ratios: used, worst: worst && worst.row, best: best && best.row };
  }

  function createPage(container) {
    window.StaticBenchData = window.StaticBenchData || {};
    var siteRoot = container.getAttribute('data-root') || '';
    var pending = new Map();
    var state = {
      commitData: { commits: [] }, commitObjects: [], bySha: new Map(), tip: null, mainBranch: '', index: new Map(),
      base: null, head: null, baseFollowsHead: true, rows: [], unknown: 0, moved: '',
      sort: { key: 'verdict', descending: false }, filter: '', verdictFilter: '', generation: 0,
    };

    // ---- the skeleton ----
    var baseSelect = el('select', { name: 'base' });
    var headSelect = el('select', { name: 'head' });
    var swap = el('button', { type: 'button', text: 'Swap' });
    var filterInput = el('input', { type: 'search', name: 'filter', placeholder: 'benchmark, engine, phase, metric, machine…' });
    var verdictSelect = el('select', { name: 'verdict' }, VERDICT_FILTERS.map(function (f) { return el('option', { value: f[0], text: f[1] }); }));
    var controls = el('div', { className: 'cmp-controls' }, [
      el('label', {}, ['Base ', baseSelect]), swap, el('label', {}, ['Head ', headSelect]),
      el('label', {}, ['Filter ', filterInput]), el('label', {}, ['Show ', verdictSelect]),
    ]);
    var pickersNote = el('p', { className: 'meta' });
    var status = el('p', { className: 'cmp-status', role: 'status', 'aria-live': 'polite' });
    var summary = el('p', { className: 'cmp-summary' });
    var shown = el('p', { className: 'meta' });
    var headRow = el('tr');
    var headers = COLUMNS.map(function (column) {
      var button = el('button', { type: 'button', className: 'cmp-sort' }, [column.label, el('span', { 'aria-hidden': 'true' })]);
      button.addEventListener('click', function () {
        state.sort = { key: column.key, descending: state.sort.key === column.key ? !state.sort.descending : false };
        renderTable();
      });
      var th = el('th', { scope: 'col', className: column.type === 'number' || column.type === 'size' ? 'num' : '' }, [button]);
      headRow.appendChild(th);
      return th;
    });
    var tbody = el('tbody');
    var table = el('table', { className: 'cmp-table' }, [el('thead', {}, [headRow]), tbody]);
    var notes = el('p', { className: 'meta' });
    var profiles = el('div', { className: 'cmp-profiles' });
    profiles.hidden = true;
    while (container.firstChild) container.removeChild(container.firstChild);
    [controls, pickersNote, status, summary, shown, el('div', { className: 'table-wrap' }, [table]), notes, profiles].forEach(function (n) { container.appendChild(n); });

    // ---- status and errors ----
    function setStatus(parts, error) {
      status.textContent = '';
      status.className = 'cmp-status' + (error ? ' notice' : '');
      (Array.isArray(parts) ? parts : [parts]).forEach(function (p) {
        status.appendChild(typeof p === 'string' ? document.createTextNode(p) : p);
      });
    }

    function cliHint() {
      var command = 'staticbench compare ' + (state.base ? shortSha(state.base) : 'BASE') + ' ' + (state.head ? shortSha(state.head) : 'HEAD') + ' --data ...';
      return ['; run ', el('code', { text: command }), ' to compare these commits.'];
    }

    // ---- data files, loaded by script tags (fetch() is blocked on file://) ----
    function loadData(key, path) {
      var store = window.StaticBenchData;
      if (store && store[key]) return Promise.resolve(store[key]);
      if (!pending.has(key)) {
        pending.set(key, new Promise(function (resolve, reject) {
          var script = document.createElement('script');
          script.src = siteRoot + path;
          script.async = true;
          script.onload = function () {
            var loaded = window.StaticBenchData && window.StaticBenchData[key];
            if (loaded) resolve(loaded);
            else { pending.delete(key); reject(new Error(path + ' did not define ' + key)); }
          };
          script.onerror = function () { pending.delete(key); reject(new Error(path + ' did not load')); };
          document.head.appendChild(script);
        }));
      }
      return pending.get(key);
    }

    // ---- commits and the address ----
    function find(ref) {
      if (!ref) return null;
      ref = String(ref).toLowerCase();
      if (state.bySha.has(ref)) return commitAt(state.bySha.get(ref));
      if (!SHA.test(ref)) return null;
      var matches = [];
      state.bySha.forEach(function (at, sha) { if (sha.indexOf(ref) === 0) matches.push(at); });
      return matches.length === 1 ? commitAt(matches[0]) : null;
    }

    // A 3,000-commit history is read as rows and indexed by id; a row becomes an object only when the page shows or
    // compares it (a picker lists 250), which spares the page thousands of objects and dates it never needs.
    function readCommits(value) {
      state.commitData = value && Array.isArray(value.commits) ? value : { commits: [] };
      state.commitData.commits.forEach(function (row, i) {
        if (Array.isArray(row) && typeof row[0] === 'string' && SHA.test(row[0])) state.bySha.set(row[0].toLowerCase(), i);
      });
    }

    function commitAt(i) {
      if (!state.commitObjects[i]) {
        var c = window.StaticBench.commitOf(state.commitData, i);
        c.sha = c.sha.toLowerCase();
        state.commitObjects[i] = c;
      }
      return state.commitObjects[i];
    }

    function defaultBase(headSha) {
      var head = find(headSha);
      if (!head) return null;
      return head.pr !== null && head.pr !== undefined && head.base ? String(head.base).toLowerCase() : head.parent ? String(head.parent).toLowerCase() : null;
    }

    function readAddress() {
      var found = {};
      [window.location.search, window.location.hash].forEach(function (part) {
        var params = new URLSearchParams(String(part || '').replace(/^[?#]/, ''));
        ['base', 'head'].forEach(function (k) { if (params.get(k)) found[k] = params.get(k).trim(); });
      });
      return found;
    }

    function writeAddress() {
      if (!state.base || !state.head) return;
      var query = '?base=' + encodeURIComponent(state.base) + '&head=' + encodeURIComponent(state.head);
      var hash = /(^#|&)(base|head)=/.test(window.location.hash) ? '' : window.location.hash;
      if (window.location.search === query && hash === window.location.hash) return;
      try {
        window.history.replaceState(window.history.state, '', query + hash);
      } catch (e) {
        // Some file:// hosts refuse to rewrite the address: keep it in the fragment instead.
        var fragment = '#base=' + encodeURIComponent(state.base) + '&head=' + encodeURIComponent(state.head);
        if (window.location.hash !== fragment) window.location.replace(fragment);
      }
    }

    function applyAddress() {
      var address = readAddress(), problems = [];
      var head = address.head ? find(address.head) : find(state.tip);
      if (address.head && !head) problems.push('head ' + address.head);
      state.head = head ? head.sha : null;
      if (address.base) {
        var base = find(address.base);
        if (!base) problems.push('base ' + address.base);
        state.base = base ? base.sha : null;
        state.baseFollowsHead = false;
      } else {
        state.base = defaultBase(state.head);
        state.baseFollowsHead = true;
      }
      return problems;
    }

    function optionLabel(c) {
      var label = [shortSha(c.sha), utcMinutes(c.time)];
      if (c.pr !== null && c.pr !== undefined) label.push('PR #' + c.pr);
      else if (c.branch && c.branch !== state.mainBranch) label.push(String(c.branch));
      var subject = str(c.subject);
      label.push(subject.length > 72 ? subject.slice(0, 71) + '…' : subject);
      return label.join(' · ') + (c.samples ? '' : ' (no samples)');
    }

    // The pickers list the commits whose samples the site publishes, newest first: a long history has thousands of
    // commits, and a menu of all of them costs the browser most of a second to lay out. Any other commit can be named
    // in the address; it is then added to its picker, and the page names the command that compares it. The menus hold
    // only the chosen commits until the first comparison (or the reason there is none) is on the screen, or until a
    // picker is used: 500 options cost the first drawing more than the rest of the page's controls.
    var listed = [], pickersFull = false;
    function listPickers() {
      var rows = state.commitData.commits;
      for (var i = rows.length - 1; i >= 0; i--) {
        if (rows[i][8] === 1 && state.bySha.get(String(rows[i][0]).toLowerCase()) === i) listed.push(i);
      }
      pickersNote.textContent = listed.length < state.bySha.size
        ? 'The pickers list the ' + listed.length + ' commits whose samples this site publishes; name any of the ' +
          state.bySha.size + ' commits in the address (?base=…&head=…) to get the command that compares them.'
        : '';
    }

    // 500 options are no part of what the page shows first: they fill once the browser is idle after drawing the
    // table (or the status saying why there is none), or as soon as a picker is used.
    function fillPickersLater() { if (!pickersFull) whenIdle(fillPickers); }

    function fillPickers() {
      if (pickersFull) return;
      pickersFull = true;
      var fragment = document.createDocumentFragment();
      fragment.appendChild(el('option', { value: '', text: '(choose a commit)' }));
      listed.forEach(function (i) { fragment.appendChild(pickerOption(commitAt(i))); });
      [baseSelect, headSelect].forEach(function (select, i) {
        select.textContent = '';
        select.appendChild(i === 0 ? fragment.cloneNode(true) : fragment);
      });
      syncPickers();
    }

    function pickerOption(c) {
      return el('option', { value: c.sha, text: optionLabel(c), title: str(c.subject) });
    }

    function syncPicker(select, sha) {
      var known = sha && state.bySha.has(sha) ? sha : '';
      if (known && !Array.prototype.some.call(select.options, function (o) { return o.value === known; })) {
        select.insertBefore(pickerOption(commitAt(state.bySha.get(known))), select.options[1] || null);
      }
      select.value = known;
    }

    function syncPickers() {
      syncPicker(baseSelect, state.base);
      syncPicker(headSelect, state.head);
    }

    // ---- comparing ----
    /** The view ends in a status and no table: the pickers are all there is to use. */
    function stop(parts, error) {
      setStatus(parts, error);
      fillPickersLater();
    }

    function update() {
      syncPickers();
      writeAddress();
      var generation = ++state.generation;
      state.rows = [];
      renderTable();
      summary.textContent = '';
      profiles.textContent = '';
      profiles.hidden = true;
      if (!state.head) return stop('Choose a head commit.');
      if (!state.base) {
        return stop(state.baseFollowsHead
          ? 'Commit ' + shortSha(state.head) + ' has no parent or merge base in this site: choose a base commit.'
          : 'Choose a base commit.');
      }
      var base = find(state.base), head = find(state.head);
      if (!head) return stop('Commit ' + shortSha(state.head) + ' (the head) has no results in this site: choose another head.', true);
      if (!base) return stop('Commit ' + shortSha(state.base) + ' (the base) has no results in this site: choose another base.', true);
      var missing = [base, head].filter(function (c) { return !c.samples; })[0];
      if (missing) return stop(['Samples of commit ' + shortSha(missing.sha) + ' are not published in this site'].concat(cliHint()), true);

      setStatus('Loading samples…');
      state.moved = '';
      Promise.all([base, head].map(samplesOf)).then(function (loaded) {
        if (generation !== state.generation) return;
        var paired = pairSeries(state.index, loaded[0].series, loaded[1].series);
        if (!state.baseFollowsHead || sharesSeries(paired)) return show(base, loaded[0], paired);
        // The parent measured none of the head's series (another suite or machine ran there): the nearest
        // ancestor that did is the comparison a user wants; the parent stays one click away in the picker.
        return nearestSharing(base, loaded[1], generation).then(function (found) {
          if (generation !== state.generation) return;
          if (!found) return show(base, loaded[0], paired);
          state.base = found.commit.sha;
          state.moved = 'The parent ' + shortSha(base.sha) + ' measured none of these series: compared with ' +
            shortSha(found.commit.sha) + ', the nearest ancestor that did.';
          syncPickers();
          writeAddress();
          show(found.commit, found.samples, found.paired);
        });

        function show(baseCommit, baseSamples, pairedWith) {
          state.unknown = pairedWith.unknown;
          // compare-profiles.js: the instruction profiles of both commits, put back together from their series.
          if (window.StaticBenchCompareProfiles) {
            window.StaticBenchCompareProfiles.render(profiles, state.index, baseSamples.series, loaded[1].series, baseCommit.sha, head.sha);
          }
          computeRows(pairedWith.pairs, generation);
        }
      }).then(null, function (failed) {
        if (generation !== state.generation) return;
        var sha = failed && failed.sha ? failed.sha : '';
        stop(['Samples of commit ' + shortSha(sha) + ' did not load (data/samples/' + sha + '.js)'].concat(cliHint()), true);
      });
    }

    function samplesOf(c) {
      return loadData('samples/' + c.sha, 'data/samples/' + c.sha + '.js').then(null, function () { throw c; });
    }

    function sharesSeries(paired) { return paired.pairs.some(function (p) { return p.base && p.head; }); }

    /** The nearest of up to 30 ancestors of commit (parents first) with published samples sharing a series with headSamples, or null. */
    function nearestSharing(commit, headSamples, generation) {
      var tries = 30;
      return (function next(c) {
        var parent = c.parent ? find(c.parent) : null;
        if (!parent || --tries < 0 || generation !== state.generation) return Promise.resolve(null);
        if (!parent.samples) return next(parent);
        return samplesOf(parent).then(function (value) {
          var paired = pairSeries(state.index, value.series, headSamples.series);
          return sharesSeries(paired) ? { commit: parent, samples: value, paired: paired } : next(parent);
        }, function () { return next(parent); });
      })(commit);
    }

    /** Compares in slices of about 40 ms, so that a large site keeps the page responsive. */
    function computeRows(pairs, generation) {
      var rows = [], failed = 0, i = 0;
      (function step() {
        if (generation !== state.generation) return;
        var until = Date.now() + 40;
        while (i < pairs.length && Date.now() < until) {
          try { rows.push(compareRow(pairs[i++])); } catch (e) { failed++; }
        }
        if (i < pairs.length) {
          setStatus('Comparing… ' + i + ' of ' + pairs.length + ' series');
          window.setTimeout(step, 0);
          return;
        }
        state.rows = rows;
        var left = state.moved ? [state.moved] : [];
        if (state.unknown) left.push(state.unknown + ' series missing from data/index.js were left out.');
        if (failed) left.push(failed + ' series could not be compared (malformed samples).');
        setStatus(left.join(' '), failed > 0);
        renderSummary();
        renderTable(fillPickersLater);
      })();
    }

    // ---- rendering ----
    function renderSummary() {
      var s = summarize(state.rows), c = s.counts, parts = [];
      summary.textContent = '';
      if (!state.rows.length) {
        summary.textContent = 'Neither commit has samples of a series this site describes.';
        return;
      }
      [['regression', 'regression', 'regressions'], ['improvement', 'improvement', 'improvements'],
        ['no change', 'no change', 'no change'], ['too noisy', 'too noisy to say', 'too noisy to say'],
        ['only in base', 'only in base', 'only in base'], ['only in head', 'only in head', 'only in head']]
        .forEach(function (v) { if (c[v[0]]) parts.push(c[v[0]] + ' ' + (c[v[0]] === 1 ? v[1] : v[2])); });
      summary.appendChild(document.createTextNode(state.rows.length + ' series: ' + parts.join(', ') + '.'));
      if (s.ratios) {
        summary.appendChild(document.createTextNode(' Geometric mean of head/base medians: ' + s.geometricMean.toFixed(3) +
          ' (' + formatRatio(s.geometricMean - 1) + ') over ' + s.ratios + ' series.'));
      }
      if (s.worst) summary.appendChild(document.createTextNode(' Worst regression: ' + s.worst.name + ' ' + formatRatio(s.worst.change) + '.'));
      if (s.best) summary.appendChild(document.createTextNode(' Best improvement: ' + s.best.name + ' ' + formatRatio(s.best.change) + '.'));
    }

    function visibleRows() {
      var terms = state.filter.toLowerCase().split(/\s+/).filter(function (t) { return t; });
      var verdicts = VERDICT_FILTERS.filter(function (f) { return f[0] === state.verdictFilter; })[0][2];
      return state.rows.filter(function (row) {
        return (!verdicts || verdicts.indexOf(row.verdict) >= 0) &&
          terms.every(function (t) { return row.search.indexOf(t) >= 0; });
      });
    }

    // The table's rows: the first screen now, the rest just after the browser has drawn it. A table of hundreds of
    // rows costs tens of milliseconds to build, lay out and paint, and nobody sees its bottom before scrolling.
    var pendingRows = 0;
    function renderTable(then) {
      headers.forEach(function (th, i) {
        var active = COLUMNS[i].key === state.sort.key;
        if (active) th.setAttribute('aria-sort', state.sort.descending ? 'descending' : 'ascending');
        else th.removeAttribute('aria-sort');
        th.querySelector('span').textContent = active ? (state.sort.descending ? ' ▼' : ' ▲') : '';
      });
      var rows = sortRows(visibleRows(), state.sort), render = ++pendingRows;
      tbody.textContent = '';
      appendRows(rows, 0, FIRST_ROWS);
      if (rows.length > FIRST_ROWS) {
        tbody.setAttribute('aria-busy', 'true');
        afterPaint(function () {
          if (render === pendingRows) {
            appendRows(rows, FIRST_ROWS, rows.length);
            tbody.removeAttribute('aria-busy');
          }
          if (then) then();
        });
      } else {
        tbody.removeAttribute('aria-busy');
        if (then) then();
      }
      shown.textContent = state.rows.length ? 'Showing ' + rows.length + ' of ' + state.rows.length + ' series.' : '';
      notes.textContent = rows.some(function (row) { return row.result && row.result.basis === 'best part'; })
        ? '¹ Measured on the best 15% of the samples (the fastest, for times), which a busy machine leaves undisturbed.'
        : '';
    }

    function appendRows(rows, from, to) {
      var fragment = document.createDocumentFragment();
      for (var i = from; i < Math.min(to, rows.length); i++) fragment.appendChild(renderRow(rows[i]));
      tbody.appendChild(fragment);
    }

    function cell(text, className, title) {
      var td = document.createElement('td');
      if (className) td.className = className;
      if (title) td.title = title;
      td.textContent = text;
      return td;
    }

    function renderRow(row) {
      var r = row.result, tr = document.createElement('tr');
      var first = document.createElement('td');
      if (isSitePath(row.page)) {
        var link = document.createElement('a');
        link.href = siteRoot + row.page;
        link.textContent = row.benchmark;
        first.appendChild(link);
      } else {
        first.textContent = row.benchmark;
      }
      tr.appendChild(first);
      tr.appendChild(cell(row.engine));
      tr.appendChild(cell(row.phase));
      tr.appendChild(cell(row.metric));
      tr.appendChild(cell(row.machine));
      tr.appendChild(cell(row.size, 'num'));
      tr.appendChild(cell(row.parameters));
      tr.appendChild(cell(formatValue(row.baseMedian, row.unit), 'num', row.baseCount + ' samples'));
      tr.appendChild(cell(formatValue(row.headMedian, row.unit), 'num', row.headCount + ' samples'));
      if (r) {
        tr.appendChild(cell(formatRatio(r.change) + (r.method === 'rank' ? ' [' + formatRatio(r.changeLow) + ', ' + formatRatio(r.changeHigh) + ']' : '') +
          (r.basis === 'best part' ? ' ¹' : ''), 'num',
          (r.method === 'rank' ? 'smallest change these samples would detect: ' : 'differences up to this are equal: ') + formatPercent(r.minimumDetectable)));
      } else {
        tr.appendChild(cell('—', 'num'));
      }
      if (r && r.method === 'exact') {
        tr.appendChild(cell('exact', 'num', 'compared exactly: counts and sizes, or samples that repeat exactly'));
      } else {
        tr.appendChild(cell(formatPValue(row.pValue), 'num'));
      }
      var verdict = document.createElement('span');
      verdict.className = 'verdict ' + VERDICTS[row.verdict].css;
      verdict.textContent = verdictText(row.verdict, row.unit);
      tr.appendChild(document.createElement('td')).appendChild(verdict);
      return tr;
    }

    // ---- events ----
    function pick() {
      var previousHead = state.head;
      state.head = headSelect.value || null;
      state.base = baseSelect.value || null;
      if (state.head !== previousHead && state.baseFollowsHead) state.base = defaultBase(state.head);
      update();
    }

    [baseSelect, headSelect].forEach(function (select) {
      select.appendChild(el('option', { value: '', text: '(choose a commit)' }));
      ['focus', 'pointerdown', 'keydown'].forEach(function (type) { select.addEventListener(type, fillPickers); });
    });
    headSelect.addEventListener('change', pick);
    baseSelect.addEventListener('change', function () { state.baseFollowsHead = false; pick(); });
    swap.addEventListener('click', function () {
      var base = state.base;
      state.base = state.head;
      state.head = base;
      state.baseFollowsHead = false;
      update();
    });
    filterInput.addEventListener('input', function () { state.filter = filterInput.value; renderTable(); });
    verdictSelect.addEventListener('change', function () { state.verdictFilter = verdictSelect.value; renderTable(); });
    window.addEventListener('hashchange', function () {
      var address = readAddress();
      if ((address.base || address.head) && (address.base !== state.base || address.head !== state.head)) {
        applyAddress();
        update();
      }
    });

    // ---- start ----
    setStatus('Loading…');
    Promise.all([loadData('index', 'data/index.js'), loadData('commits', 'data/commits.js')]).then(function (loaded) {
      (Array.isArray(loaded[0].series) ? loaded[0].series : []).forEach(function (s) {
        if (s && typeof s.id === 'string') state.index.set(s.id, s);
      });
      readCommits(loaded[1]);
      var rows = state.commitData.commits, newest = null;
      for (var i = rows.length - 1; i >= 0 && newest === null; i--) {
        if (state.bySha.get(String(rows[i][0]).toLowerCase()) === i) newest = commitAt(i);
      }
      var tip = find(loaded[1].tip) || newest;
      state.tip = tip ? tip.sha : null;
      state.mainBranch = tip ? str(tip.branch) : '';
      listPickers();
      var problems = applyAddress();
      update();
      if (problems.length) setStatus('The address names no commit of this site: ' + problems.join(', ') + '.', true);
    }, function () {
      setStatus('The site\'s data files (data/index.js, data/commits.js) did not load.', true);
    });

    return { update: update };
  }

  /** Renders the compare view into rootElement (compare.html's <div id="compare" data-root="…">). Once per element. */
  function init(rootElement) {
    if (!rootElement || rootElement.getAttribute('data-compare') === 'ready') return;
    rootElement.setAttribute('data-compare', 'ready');
    createPage(rootElement);
  }

  var api = {
    init: init,
    compareSamples: compareSamples,
    pooledMedian: pooledMedian,
    geometricMean: geometricMean,
    formatValue: formatValue,
    formatRatio: formatRatio,
    formatPValue: formatPValue,
    defaults: assign({}, DEFAULT_OPTIONS),
    /** Pieces exposed for the cross-checks in tests/StaticBench.Site.Tests/Compare; not for pages. */
    internals: {
      normalCdf: normalCdf, normalQuantile: normalQuantile, erfc: erfc, mannWhitneyPValue: mannWhitneyPValue,
      exactCdf: exactCdf, edgeworthCdf: edgeworthCdf,
      pairwiseDifference: function (x, y, k) { return pairwiseDifferences(x, y).at(k); },
      selectPairwiseDifference: function (x, y, k) { return differenceSelector(x, y)(k); },
    },
  };

  window.StaticBenchCompare = api;

  // On the compare page, start once the document is there (pages carry no inline script).
  if (typeof document !== 'undefined' && document.getElementById) {
    var start = function () { var root = document.getElementById('compare'); if (root) { api.init(root); } };
    if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
  }
})(window);

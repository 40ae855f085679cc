using StaticBench.Analysis.Statistics;

namespace StaticBench.Analysis.Tests.Statistics;

/// <summary>
/// The Hodges-Lehmann shift walks a staircase over the sorted sides and the median selects instead of sorting:
/// these check both to the bit against the plain definitions.
/// </summary>
public class HodgesLehmannTests
{
    private static double SortedMedian(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        var n = sorted.Length;
        return n == 0 ? double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[(n / 2) - 1] + sorted[n / 2]) / 2;
    }

    private static double[] Side(Random random, int n, string shape, double shift) => shape switch
    {
        "ties" => Enumerable.Range(0, n).Select(_ => random.Next(6) + shift).ToArray(),
        "overlap-free" => Enumerable.Range(0, n).Select(_ => 1000 * shift + random.NextDouble()).ToArray(),
        "wide" => Enumerable.Range(0, n).Select(_ => Math.Exp(10 * random.NextDouble()) * (random.Next(2) == 0 ? -1 : 1) + shift).ToArray(),
        _ => Enumerable.Range(0, n).Select(_ => Math.Log(100) + shift + 0.03 * (random.NextDouble() - 0.5)).ToArray(),
    };

    [Theory]
    [InlineData("noise")]
    [InlineData("ties")]
    [InlineData("overlap-free")]
    [InlineData("wide")]
    public void Shift_is_the_plain_median_of_all_differences_to_the_bit(string shape)
    {
        // Given two sides of sizes around and far above where the staircase starts (2,048 pairs), unsorted
        var random = new Random(17);
        foreach (var (n, m) in new[] { (10, 10), (45, 45), (46, 45), (46, 46), (120, 120), (120, 7), (7, 400), (300, 299) })
        {
            var x = Side(random, n, shape, 0);
            var y = Side(random, m, shape, 0.04);
            var expected = SortedMedian(y.SelectMany(b => x.Select(a => b - a)));

            // Then the shift is exactly that median, and the sides are left as they were
            var (xBefore, yBefore) = (x.ToArray(), y.ToArray());
            RankStatistics.HodgesLehmannShift(x, y).ShouldBe(expected, $"{shape}, {n} x {m}");
            RankStatistics.HodgesLehmannShift(x.ToList(), y.ToList()).ShouldBe(expected, $"{shape}, {n} x {m}, lists");
            x.ShouldBe(xBefore);
            y.ShouldBe(yBefore);
        }
    }

    [Fact]
    public void Shift_with_an_infinite_sample_is_the_stored_differences_median()
    {
        // Given a side holding an infinity (the staircase needs finite values and steps aside)
        var random = new Random(2);
        var x = Side(random, 80, "noise", 0);
        var y = Side(random, 80, "noise", 0.1);
        y[3] = double.PositiveInfinity;

        // Then the shift is still the median of all differences
        RankStatistics.HodgesLehmannShift(x, y).ShouldBe(SortedMedian(y.SelectMany(b => x.Select(a => b - a))));
    }

    [Fact]
    public void Median_selects_what_a_sort_gives_and_leaves_the_input_alone()
    {
        // Given unsorted values of many lengths, with ties, as arrays and as lists
        var random = new Random(9);
        foreach (var n in Enumerable.Range(1, 200))
        {
            var values = Enumerable.Range(0, n).Select(_ => (double)random.Next(n / 3 + 1) + (random.Next(3) == 0 ? 0.5 : 0)).ToArray();
            var before = values.ToArray();

            // Then the median is the sorted one, and the caller's array keeps its order
            RankStatistics.Median(values).ShouldBe(SortedMedian(values));
            RankStatistics.Median(values.ToList()).ShouldBe(SortedMedian(values));
            values.ShouldBe(before);
        }

        RankStatistics.Median([2, double.NaN, 1]).ShouldBe(SortedMedian([2, double.NaN, 1]));
    }
}

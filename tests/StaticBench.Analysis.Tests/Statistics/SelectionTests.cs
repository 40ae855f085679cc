using StaticBench.Analysis.Statistics;

namespace StaticBench.Analysis.Tests.Statistics;

public class SelectionTests
{
    public static TheoryData<string> Shapes => new() { "random", "ties", "sorted", "reversed", "equal", "organ pipe" };

    private static double[] Make(string shape, int n, Random random) => shape switch
    {
        "random" => Enumerable.Range(0, n).Select(_ => random.NextDouble() * 2 - 1).ToArray(),
        "ties" => Enumerable.Range(0, n).Select(_ => (double)random.Next(5)).ToArray(),
        "sorted" => Enumerable.Range(0, n).Select(i => (double)i).ToArray(),
        "reversed" => Enumerable.Range(0, n).Select(i => (double)-i).ToArray(),
        "equal" => Enumerable.Repeat(3.0, n).ToArray(),
        _ => Enumerable.Range(0, n).Select(i => (double)Math.Min(i, n - i)).ToArray(),
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void The_median_is_exactly_the_one_a_sort_gives(string shape)
    {
        // Given arrays of every length up to 300, and one of a Theil-Sen slope's size
        var random = new Random(7);
        foreach (var n in Enumerable.Range(0, 301).Append(125_000))
        {
            var values = Make(shape, n, random);
            var sorted = values.Order().ToArray();
            var expected = n == 0 ? double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[(n / 2) - 1] + sorted[n / 2]) / 2;

            // When the median is selected in place, then it is the sorted median to the bit
            Selection.MedianInPlace(values).ShouldBe(expected, $"{shape}, n = {n}");
        }
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Select_puts_the_kth_smallest_at_k_with_smaller_ones_before_it(string shape)
    {
        var random = new Random(11);
        for (var round = 0; round < 200; round++)
        {
            var values = Make(shape, random.Next(1, 500), random);
            var sorted = values.Order().ToArray();
            var k = random.Next(values.Length);

            Selection.Select(values, k).ShouldBe(sorted[k]);
            values[k].ShouldBe(sorted[k]);
            values[..k].ShouldAllBe(v => v <= sorted[k]);
            values[(k + 1)..].ShouldAllBe(v => v >= sorted[k]);
        }
    }
}

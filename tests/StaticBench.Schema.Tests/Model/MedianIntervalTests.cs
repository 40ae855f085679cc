using StaticBench.Schema.Model;

namespace StaticBench.Schema.Tests.Model;

public class MedianIntervalTests
{
    [Theory]
    [InlineData(5, 0)] // no pair of order statistics reaches 95%: the whole range
    [InlineData(6, 0)] // 2 P(B <= 0) = 2/64 = 3.1%
    [InlineData(10, 1)] // 2 P(B <= 1) = 2.1%; 2 P(B <= 2) = 10.9%
    [InlineData(100, 39)] // the textbook ranks 40 and 61 of 100
    public void Lower_rank_at_95_percent_is_the_binomial_one_and_the_same_when_asked_again(int n, int rank)
    {
        MedianInterval.LowerRank(n).ShouldBe(rank);
        MedianInterval.LowerRank(n).ShouldBe(rank); // remembered the first time
        MedianInterval.LowerRank(n, 0.95).ShouldBe(rank);
    }

    [Fact]
    public void Other_confidences_are_computed_not_remembered()
    {
        MedianInterval.LowerRank(100).ShouldBe(39);
        MedianInterval.LowerRank(100, 0.99).ShouldBe(36); // ranks 37 and 64 of 100
        MedianInterval.LowerRank(100).ShouldBe(39);
    }

    [Fact]
    public void The_interval_of_ten_sorted_samples_is_the_second_and_ninth()
    {
        double[] sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
        MedianInterval.Of(sorted).ShouldBe((2.0, 9.0));
    }

    [Fact]
    public void The_interval_of_unsorted_samples_is_the_bits_sorting_gives_on_random_inputs()
    {
        var random = new Random(20261203);
        var answered = 0;
        for (var trial = 0; trial < 20_000; trial++)
        {
            var n = random.Next(1, 40);
            var levels = random.Next(1, 12); // few levels: many ties
            var samples = Enumerable.Range(0, n).Select(_ => trial % 3 == 0
                ? random.Next(-levels, levels + 1) * 1.5 // zeros and ties: may be refused
                : random.Next(1, levels + 1) * Math.Exp(random.NextDouble())).ToArray();
            var sorted = samples.ToArray();
            Array.Sort(sorted);
            var expected = MedianInterval.Of(sorted);

            if (MedianInterval.TryOfUnsorted(samples, out var low, out var high))
            {
                BitConverter.DoubleToInt64Bits(low).ShouldBe(BitConverter.DoubleToInt64Bits(expected.Low), $"n={n}: {string.Join(", ", samples)}");
                BitConverter.DoubleToInt64Bits(high).ShouldBe(BitConverter.DoubleToInt64Bits(expected.High), $"n={n}: {string.Join(", ", samples)}");
                answered++;
            }
            else
            {
                (samples.Any(x => x == 0) || MedianInterval.LowerRank(n) >= 8).ShouldBeTrue($"refused n={n}: {string.Join(", ", samples)}");
            }
        }

        answered.ShouldBeGreaterThan(10_000);
    }

    [Fact]
    public void Unsorted_samples_with_a_zero_or_a_nan_are_left_to_a_sort()
    {
        MedianInterval.TryOfUnsorted([3, 1, -0.0, 2, 5, 4, 9, 8, 7, 6], out _, out _).ShouldBeFalse();
        MedianInterval.TryOfUnsorted([3, 1, double.NaN, 2, 5, 4, 9, 8, 7, 6], out _, out _).ShouldBeFalse();
        MedianInterval.TryOfUnsorted([3, 1, 10, 2, 5, 4, 9, 8, 7, 6], out var low, out var high).ShouldBeTrue();
        (low, high).ShouldBe((2.0, 9.0));
    }
}

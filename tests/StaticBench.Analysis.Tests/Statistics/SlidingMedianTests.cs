using StaticBench.Analysis.Statistics;

namespace StaticBench.Analysis.Tests.Statistics;

public class SlidingMedianTests
{
    [Theory]
    [InlineData("noise")]
    [InlineData("ties")]
    [InlineData("zeros of one sign")]
    [InlineData("zeros of both signs")]
    [InlineData("a NaN")]
    public void Each_window_median_is_the_bits_selection_gives_on_random_inputs(string shape)
    {
        var random = new Random(20261203);
        for (var trial = 0; trial < 2_000; trial++)
        {
            var n = random.Next(0, 120);
            var width = random.Next(1, 22); // odd and even
            var values = Enumerable.Range(0, n).Select(_ => shape switch
            {
                "noise" => Math.Log(random.NextDouble() + 0.5),
                "ties" => random.Next(-3, 4) * 0.25,
                "zeros of one sign" => random.Next(3) == 0 ? -0.0 : random.Next(-3, 4) * 0.25,
                "zeros of both signs" => random.Next(3) == 0 ? (random.Next(2) == 0 ? -0.0 : 0.0) : random.Next(-3, 4) * 0.25,
                _ => random.Next(40) == 0 ? double.NaN : random.NextDouble(),
            }).ToArray();
            if (shape == "zeros of one sign")
            {
                values = values.Select(v => v == 0 ? -0.0 : v).ToArray();
            }

            var medians = SlidingMedian.Of(values, width);

            medians.Length.ShouldBe(n);
            for (var i = 0; i < n; i++)
            {
                var expected = i < width - 1 ? 0 : Selection.MedianInPlace(values[(i - width + 1)..(i + 1)]);
                BitConverter.DoubleToInt64Bits(medians[i]).ShouldBe(BitConverter.DoubleToInt64Bits(expected), $"{shape}, width {width}, point {i}");
            }
        }
    }
}

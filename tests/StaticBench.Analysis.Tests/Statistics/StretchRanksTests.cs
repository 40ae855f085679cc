using MathNet.Numerics.Statistics;
using StaticBench.Analysis.ChangePoints;
using StaticBench.Analysis.Statistics;

namespace StaticBench.Analysis.Tests.Statistics;

public class StretchRanksTests
{
    [Theory]
    [InlineData("noise")]
    [InlineData("ties")]
    [InlineData("signed zeros")]
    [InlineData("an infinity")]
    public void Every_stretch_is_ranked_as_MathNet_ranks_it_on_random_inputs(string shape)
    {
        var random = new Random(20261203);
        for (var trial = 0; trial < 300; trial++)
        {
            var n = random.Next(1, 400);
            var data = Enumerable.Range(0, n).Select(_ => shape switch
            {
                "noise" => Math.Log(random.NextDouble() + 0.5),
                "ties" => random.Next(-4, 5) * 0.125,
                "signed zeros" => random.Next(3) == 0 ? (random.Next(2) == 0 ? -0.0 : 0.0) : random.Next(-2, 3) * 0.5,
                _ => random.Next(30) == 0 ? double.PositiveInfinity : random.Next(-4, 5) * 0.125,
            }).ToArray();
            var ranked = new StretchRanks(data);
            for (var stretch = 0; stretch < 20; stretch++)
            {
                var from = random.Next(0, n);
                var to = random.Next(from + 1, n + 1);

                var ranks = ranked.Of(from, to);

                var expected = ArrayStatistics.RanksInplace(data[from..to], RankDefinition.Average);
                ranks.Select(BitConverter.DoubleToInt64Bits).ShouldBe(expected.Select(BitConverter.DoubleToInt64Bits), $"{shape}: [{from}, {to}) of {n}");
            }
        }
    }

    [Fact]
    public void A_step_is_found_through_ranks_shared_by_nested_stretches()
    {
        var random = new Random(5);
        var data = Enumerable.Range(0, 600).Select(i => (i < 350 ? 0 : 0.1) + random.NextDouble() * 0.05).ToArray();
        var ranked = new StretchRanks(data);

        RankSplit.Best(ranked, 0, 600, 5).At.ShouldBe(350);
        RankSplit.Best(ranked, 200, 500, 5).At.ShouldBe(350);
    }
}

using StaticBench.Analysis.ChangePoints;

namespace StaticBench.Analysis.Tests.ChangePoints;

public class L1SplitTests
{
    [Fact]
    public void The_cheapest_cut_is_at_the_step_even_beside_an_outlier()
    {
        // Given a level of 1 that steps to 2 at index 12, with a 25× outlier two points after the step
        double[] values = [.. Enumerable.Repeat(1.0, 12), .. Enumerable.Repeat(2.0, 12)];
        values[14] = 50;

        // When the best cut is searched anywhere that leaves 3 points a side, then the step wins: the outlier costs
        // about its distance from its side's median wherever the cut is (a squared cost pulls the cut two points
        // late, to shorten the outlier's side)
        L1Split.Best(values, from: 0, to: 24, first: 3, last: 21).ShouldBe(12);
        L1Split.Cost(values, 0, 12, 24).ShouldBe(48);
    }

    [Fact]
    public void An_empty_range_of_cuts_has_no_best()
    {
        L1Split.Best([1, 2, 3], from: 0, to: 3, first: 2, last: 1).ShouldBe(-1);
    }
}

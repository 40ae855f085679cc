using StaticBench.Analysis.ChangePoints;

namespace StaticBench.Analysis.Tests.ChangePoints;

public class ExactChangesTests
{
    [Fact]
    public void A_half_percent_change_in_an_instruction_count_is_found_at_its_commit_issue_14()
    {
        // Given an instruction count that repeats exactly, then moves by 0.5% at point 7 and by 3% at point 9
        var values = Enumerable.Repeat(2_730_000.0, 7).Concat([2_743_650, 2_743_650, 2_825_959.5, 2_825_959.5]).ToArray();

        // When its changes are found
        var found = ExactChanges.Find(values, new double[values.Length]);

        // Then both, where they happened, certain
        found.Select(c => c.Index).ShouldBe([7, 9]);
        found[0].Change.ShouldBe(0.005, 1e-9);
        found.ShouldAllBe(c => c.Confidence == 1);
    }

    [Fact]
    public void Moves_within_the_tolerance_or_the_repeats_spread_are_not_changes()
    {
        // 19 instructions of 2.73 M (0.0007%), then a move of 0.05% at a point whose repeats spread 0.1%
        double[] values = [2_730_000, 2_730_019, 2_730_000, 2_731_365];
        double[] spreads = [0, 0, 0, 0.001];

        ExactChanges.Find(values, spreads).ShouldBeEmpty();
    }
}

using StaticBench.Analysis.ChangePoints;

namespace StaticBench.Analysis.Tests.ChangePoints;

public class StepSelectionTests
{
    [Fact]
    public void A_candidate_some_points_before_a_clear_step_is_moved_to_it_before_it_is_tested()
    {
        // Given a +10% step at index 100 under 1% noise, proposed 10 points early: there, most of the
        // points just after the candidate are still at the old level and the boundary check would fail
        var values = SeededSeries.Steps(seed: 3, count: 200, cv: 0.01, (100, 0.10));
        var logs = values.Select(v => Math.Log(v)).ToArray();

        // When the candidate is selected
        var found = new StepSelection(logs, values, logScale: true, new DetectorOptions()).Select([90]);

        // Then the step is confirmed, close to where it is
        found.Count.ShouldBe(1);
        found[0].Index.ShouldBeInRange(94, 100);
        found[0].Change.ShouldBeGreaterThan(0.05);
    }
}

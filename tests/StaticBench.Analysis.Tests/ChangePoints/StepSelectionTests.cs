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

    [Fact]
    public void A_flat_stretch_between_two_steps_the_same_way_is_not_taken_for_a_step()
    {
        // Given steps of +10% at 40 and +9% at 100 under 0.7% noise, and nothing between them: windows
        // reaching past both steps trend up on either side, as a drift would
        var values = SeededSeries.Steps(seed: 2, count: 140, cv: 0.007, (40, 0.10), (100, 0.09));
        var logs = values.Select(v => Math.Log(v)).ToArray();

        // When a step is tested in the middle of the flat stretch, between the two steps
        var result = StepTest.Run(logs, values, from: 40, at: 70, to: 100, logScale: true, new DetectorOptions());

        // Then it fails: no slope from across the steps is taken off the flat stretch to make one
        result.Pass.ShouldBeFalse();
        Math.Abs(result.Change).ShouldBeLessThan(0.01);
    }

    [Fact]
    public void A_clear_step_keeps_a_confidence_near_1_and_more_points_either_side_only_add_to_it()
    {
        // Given a +5% step at 2% noise at index 120 of 240 points, and the same 240 points followed by 720 more
        // of the new level, beyond the reach of the step's test (120 points each side)
        var values = SeededSeries.Steps(seed: 9, count: 960, cv: 0.02, (120, 0.05));
        var logs = values.Select(v => Math.Log(v)).ToArray();

        // When the step is selected in each
        var inShort = new StepSelection(logs[..240], values[..240], logScale: true, new DetectorOptions()).Select([120]).ShouldHaveSingleItem();
        var inLong = new StepSelection(logs, values, logScale: true, new DetectorOptions()).Select([120]).ShouldHaveSingleItem();

        // Then both read as near-certain (a stretch's own drift slope, bent towards a step in its middle, takes off
        // part of it), and the longer stretch between the step's neighbours holds more evidence of the same step
        inShort.Confidence.ShouldBeGreaterThan(0.999);
        inLong.Confidence.ShouldBeGreaterThanOrEqualTo(inShort.Confidence);
    }
}

using StaticBench.Analysis.ChangePoints;

namespace StaticBench.Analysis.Tests.ChangePoints;

public class ExcursionsTests
{
    private static readonly DetectorOptions Options = new();

    private static IReadOnlyList<Excursion> Find(double[] values) =>
        Excursions.Find(values, ChangePointDetectors.Default.Detect(values, Options), Options);

    [Fact]
    public void A_regression_fixed_sixty_commits_later_is_one_excursion_issue_14()
    {
        // Given 300 commits at 2% noise, 10% slower at 100 and back at 160
        var values = SeededSeries.Steps(seed: 3, count: 300, cv: 0.02, (100, 0.10), (160, 1 / 1.10 - 1));

        // When the detector's steps are searched for excursions
        var excursion = Find(values).ShouldHaveSingleItem();

        // Then it spans the two steps, says how far the level went and that it came back
        excursion.From.ShouldBeInRange(97, 103);
        excursion.To.ShouldBeInRange(157, 163);
        excursion.Steps.Count.ShouldBe(2);
        excursion.Peak.ShouldBe(0.10, 0.02);
        Math.Abs(excursion.Net).ShouldBeLessThan(0.01);
    }

    [Fact]
    public void A_fix_more_than_the_longest_span_later_leaves_both_steps_standing_issue_14()
    {
        // Given the same regression fixed 200 commits later
        var values = SeededSeries.Steps(seed: 3, count: 400, cv: 0.02, (100, 0.10), (300, 1 / 1.10 - 1));

        // Then the detector finds both steps, and they are no excursion
        ChangePointDetectors.Default.Detect(values, Options).Count.ShouldBe(2);
        Find(values).ShouldBeEmpty();
    }

    [Fact]
    public void A_half_undone_regression_and_an_up_only_staircase_are_no_excursion_issue_14()
    {
        // A +10% step and a -5% one: the level does not come back
        Find(SeededSeries.Steps(seed: 4, count: 300, cv: 0.01, (100, 0.10), (160, -0.05))).ShouldBeEmpty();

        // 8% slower every 40 commits: every step stands
        Find(SeededSeries.Steps(seed: 5, count: 300, cv: 0.02, [.. Enumerable.Range(1, 6).Select(k => (k * 40, 0.08))])).ShouldBeEmpty();
    }

    [Fact]
    public void A_step_not_yet_undone_is_no_excursion_until_the_fix_is_confirmed_issue_14()
    {
        // Given the regression of the first test, seen before its fix and 3 commits after it (too few to confirm a step)
        var values = SeededSeries.Steps(seed: 3, count: 300, cv: 0.02, (100, 0.10), (160, 1 / 1.10 - 1));

        // Then neither history has an excursion; with the whole history it has one
        Find(values[..150]).ShouldBeEmpty();
        Find(values[..163]).ShouldBeEmpty();
        Find(values).Count.ShouldBe(1);
    }

    [Fact]
    public void A_last_wander_no_larger_than_one_the_series_came_back_from_is_within_its_wander_issue_14()
    {
        // Given 2% noise that wanders 4% up and back (commits 100-160), then 4% up again at 300 and not yet back
        var values = SeededSeries.Steps(seed: 6, count: 360, cv: 0.02, (100, 0.04), (160, 1 / 1.04 - 1), (300, 0.04));

        // When the detector's steps are searched for excursions
        var excursions = Find(values);

        // Then the first wander is an excursion, and the last step is within the wander it came back from
        excursions.Count.ShouldBe(2, string.Join("; ", excursions));
        excursions[0].Wander.ShouldBeNull();
        var last = excursions[1];
        last.From.ShouldBeInRange(297, 303);
        last.To.ShouldBe(values.Length - 1);
        last.Steps.ShouldHaveSingleItem().ShouldBe(last.From);
        last.Wander.ShouldNotBeNull();
        last.Wander!.Value.ShouldBeGreaterThanOrEqualTo(last.Peak);
    }

    [Fact]
    public void A_real_step_that_stays_on_a_quiet_series_stands_issue_14()
    {
        // Given 5% slower at commit 200 of 400, 3% noise, no wander: nothing the series came back from
        var values = SeededSeries.Steps(seed: 7, count: 400, cv: 0.03, (200, 0.05));

        // Then the detector finds the step and it is in no excursion: it stands
        ChangePointDetectors.Default.Detect(values, Options).ShouldHaveSingleItem().Index.ShouldBeInRange(195, 205);
        Find(values).ShouldBeEmpty();
    }

    [Fact]
    public void A_step_larger_than_the_series_wander_or_after_a_fixed_regression_stands_issue_14()
    {
        // A 4% wander came back, then a 10% regression: larger than anything the series came back from
        var larger = SeededSeries.Steps(seed: 6, count: 360, cv: 0.02, (100, 0.04), (160, 1 / 1.04 - 1), (300, 0.10));
        Find(larger).ShouldHaveSingleItem().Wander.ShouldBeNull();

        // A 10% regression fixed 60 commits later (five times the noise: no wander), then the same regression again
        var again = SeededSeries.Steps(seed: 6, count: 360, cv: 0.02, (100, 0.10), (160, 1 / 1.10 - 1), (300, 0.10));
        Find(again).ShouldHaveSingleItem().Wander.ShouldBeNull();
    }
}

using StaticBench.Analysis.Findings;
using StaticBench.Analysis.Tests.Series;
using StaticBench.Schema.Model;
using StaticBench.Testing;

namespace StaticBench.Analysis.Tests.Findings;

public class SeriesStatusTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static RecordedRun Run(int commit, BenchmarkResult result) => SeriesBuilderTests.Recorded(
        new RunResultBuilder($"r{commit}")
            .AtCommit(RunResultBuilder.Commit(commit), T0.AddHours(commit), commit > 1 ? [RunResultBuilder.Commit(commit - 1)] : [])
            .StartedAt(T0.AddDays(commit))
            .WithResult(result),
        commit);

    private static BenchmarkResult Timed(double level, int count = 10) => new()
    {
        Benchmark = "site/generate", Phase = "total", Metric = "wall-time", Unit = "ns", Better = Better.Lower,
        Samples = Enumerable.Range(0, count).Select(k => level * (1 + 0.01 * ((k * 7 % 10) - 4.5))).ToArray(),
    };

    private static (Finding[] Findings, SeriesStatus Status) Analyse(params RecordedRun[] runs)
    {
        var history = HistoryAnalysis.Run(new DataSnapshot { DataCommit = new string('d', 40), Runs = runs });
        return (history.Findings.ToArray(), history.Statuses.Values.Single());
    }

    [Fact]
    public void A_second_run_twelve_times_slower_is_a_regression_at_once_issue_14()
    {
        // Given the site's generate time, 10 samples a run, 12x slower at the second run
        var (findings, status) = Analyse(Run(1, Timed(1e9)), Run(2, Timed(12e9)));

        // Then the series is a regression at its newest point, found from the samples
        status.State.ShouldBe(SeriesState.Regression);
        status.PointsAgo.ShouldBe(0);
        findings.Single().Basis.ShouldBe(FindingBasis.Samples);
        findings.Single().Change.ShouldBe(11, 0.5);
    }

    [Fact]
    public void Two_runs_of_ten_samples_that_agree_are_no_change_and_one_sample_each_is_too_little_data_issue_14()
    {
        Analyse(Run(1, Timed(1e9)), Run(2, Timed(1e9))).Status.State.ShouldBe(SeriesState.NoChange);
        Analyse(Run(1, Timed(1e9, count: 1)), Run(2, Timed(1e9, count: 1))).Status.State.ShouldBe(SeriesState.TooLittleData);
        Analyse(Run(1, Timed(1e9))).Status.State.ShouldBe(SeriesState.TooLittleData);
    }

    [Fact]
    public void An_exact_count_is_a_regression_at_the_commit_it_grew_issue_14()
    {
        // Given allocated bytes marked exact, one sample a run, growing by 0.2% at the fourth commit
        static BenchmarkResult Bytes(double value) => new()
        {
            Benchmark = "site/generate", Phase = "total", Metric = "allocated", Unit = "bytes", Better = Better.Lower,
            Samples = [value], Exact = true,
        };

        var (findings, status) = Analyse(Run(1, Bytes(5e8)), Run(2, Bytes(5e8)), Run(3, Bytes(5e8)), Run(4, Bytes(5.01e8)), Run(5, Bytes(5.01e8)));

        // Then the change is reported at that commit, exactly
        var finding = findings.Single();
        finding.Basis.ShouldBe(FindingBasis.Exact);
        finding.ToCommit.ShouldBe(RunResultBuilder.Commit(4));
        finding.Message.ShouldEndWith("exact");
        status.State.ShouldBe(SeriesState.Regression);
        status.PointsAgo.ShouldBe(1);
    }

    [Fact]
    public void A_staircase_in_the_history_is_a_creep_finding_with_its_span_issue_14()
    {
        // Given 300 commits at 3% noise, 5% slower every 25 (one run each)
        var values = Tests.ChangePoints.SeededSeries.Steps(seed: 21, count: 300, cv: 0.03, [.. Enumerable.Range(1, 11).Select(k => (k * 25, 0.05))]);
        var runs = values.Select((v, i) => Run(i + 1, Timed(v, count: 1))).ToArray();

        // When the history is analysed
        var (findings, _) = Analyse(runs);

        // Then creep findings say how much over how many commits, between the best level's commit and the risen one
        var creeps = findings.Where(f => f.Basis == FindingBasis.Creep).ToArray();
        creeps.ShouldNotBeEmpty();
        var creep = creeps[0];
        creep.Kind.ShouldBe(FindingKind.Regression);
        creep.Message.ShouldContain($"over {creep.Index - creep.FromIndex} commits");
        creep.FromCommit.ShouldBe(RunResultBuilder.Commit(creep.FromIndex + 1));
        creep.Change.ShouldBeGreaterThanOrEqualTo(0.0999);
    }

    [Fact]
    public void A_regression_stands_until_a_later_step_undoes_it_then_the_status_is_no_net_change_issue_14()
    {
        // Given 10% slower at commit 101, back at commit 161, 2% noise, one run a commit
        var values = Tests.ChangePoints.SeededSeries.Steps(seed: 3, count: 300, cv: 0.02, (100, 0.10), (160, 1 / 1.10 - 1));
        var runs = values.Select((v, i) => Run(i + 1, Timed(v, count: 1))).ToArray();

        // When the history is analysed before the fix: the regression stands, and the status says so
        var (before, beforeStatus) = Analyse(runs[..115]);
        before.ShouldHaveSingleItem().IsStanding.ShouldBeTrue();
        beforeStatus.State.ShouldBe(SeriesState.Regression);

        // 12 commits after the fix: both steps are one excursion, no standing change, "no net change"
        var (after, afterStatus) = Analyse(runs[..172]);
        var steps = after.Where(f => f.Basis == FindingBasis.Trend).ToArray();
        steps.Length.ShouldBe(2, string.Join("; ", after.Select(f => f.Message)));
        steps.ShouldAllBe(f => f.Excursion != null && !f.IsStanding && f.IsOpen);
        afterStatus.State.ShouldBe(SeriesState.NoChange, string.Join("; ", after.Select(f => $"{f.Basis} {f.Index} {f.Message}")));
        afterStatus.Text.ShouldBe("no net change");
        afterStatus.Undone!.From.ShouldBeInRange(97, 103);

        // Long after: plain "no change"
        Analyse(runs).Status.Text.ShouldBe("no change");
    }

    [Fact]
    public void A_series_ending_in_a_wander_it_has_come_back_from_before_reads_no_net_change_issue_14()
    {
        // Given 2% noise that wandered 4% up and back (commits 101-161), then 4% up again 10 commits before the newest
        var values = Tests.ChangePoints.SeededSeries.Steps(seed: 6, count: 310, cv: 0.02, (100, 0.04), (160, 1 / 1.04 - 1), (300, 0.04));
        var runs = values.Select((v, i) => Run(i + 1, Timed(v, count: 1))).ToArray();

        // When the history is analysed
        var (findings, status) = Analyse(runs);

        // Then the newest step is shown, undone within the wander, and the status is "no net change"
        var newest = findings.Where(f => f.Basis == FindingBasis.Trend).MaxBy(f => f.Index)!;
        newest.Excursion.ShouldNotBeNull().Wander.ShouldNotBeNull();
        newest.IsStanding.ShouldBeFalse();
        FindingsBuilder.ExcursionText(newest.Excursion!).ShouldContain("within the ±");
        status.Text.ShouldBe("no net change", string.Join("; ", findings.Select(f => $"{f.Basis} {f.Index} {f.Message}")));
    }

    [Fact]
    public void A_step_shaped_like_a_wander_says_why_in_its_own_words_issue_14()
    {
        // Given the two shapes of a standing step the excursions read as a wander
        var level = new Analysis.ChangePoints.Excursion(120, 120, 0.004, 0.004, [120]) { Shape = Analysis.ChangePoints.StepShape.Level };
        var curve = new Analysis.ChangePoints.Excursion(120, 120, 0.024, 0.024, [120]) { Shape = Analysis.ChangePoints.StepShape.Curve };

        // Then each says what the points show, and neither reads as a level that came back
        FindingsBuilder.ExcursionText(level).ShouldBe("the points either side differ by +0.4% as measured, within the noise: the step shows only against the drift taken off");
        FindingsBuilder.ExcursionText(curve).ShouldBe("the points either side differ by +2.4%, and one smooth curve fits them as well as a step: the level bends here, as this series' noise wanders");
        level.CameBack.ShouldBeFalse();
        curve.CameBack.ShouldBeFalse();
    }

    [Fact]
    public void A_step_within_the_wander_quotes_the_points_sides_not_the_steps_size_issue_14()
    {
        // Given a step whose sides, as measured on the points, differ by +0.3% (the detector's size, net of drift, can be -4.9%)
        var wander = new Analysis.ChangePoints.Excursion(120, 421, 0.003, 0.008, [120]) { Wander = 0.029 };

        // Then its words say which difference each number is, so it does not read as a second size for the step
        FindingsBuilder.ExcursionText(wander).ShouldBe(
            "301 commits back; the points either side differ by +0.3% as measured, the newest points by +0.8% from those before the step: within the ±2.9% this series wanders (a quarter beyond the largest swing it came back from)");
        wander.CameBack.ShouldBeFalse();
    }
}

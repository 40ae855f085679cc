using StaticBench.Analysis.Comparisons;
using StaticBench.Analysis.Scaling;
using StaticBench.Analysis.Tests.ChangePoints;
using StaticBench.Schema.Model;

namespace StaticBench.Analysis.Tests.Comparisons;

public class SampleComparerTests
{
    private static readonly SeriesKey Key = new("m", "sort/quick", "", "v8", "compile", "wall-time");

    private static double[] Noisy(int seed, int n, double level, double cv) =>
        SeededSeries.Steps(seed, n, cv).Select(v => v / 1000 * level).ToArray();

    [Fact]
    public void A_real_slowdown_in_noisy_samples_is_slower_with_an_interval_around_it()
    {
        // Given 30 samples per side with 3% noise, head 10% slower
        var b = Noisy(1, 30, 100, 0.03);
        var h = Noisy(2, 30, 110, 0.03);

        // When compared
        var c = SampleComparer.Compare("x", Key, "ns", Better.Lower, b, h);

        // Then the verdict is slower, the estimate near +10% and inside its interval
        c.Verdict.ShouldBe(Verdict.Regression);
        c.VerdictText.ShouldBe("slower");
        c.Change.ShouldBe(0.10, tolerance: 0.03);
        c.ChangeLow.ShouldBeLessThan(c.Change);
        c.ChangeHigh.ShouldBeGreaterThan(c.Change);
        c.MinimumDetectable.ShouldBeInRange(0.005, 0.05);
    }

    [Fact]
    public void Higher_is_better_turns_an_increase_into_an_improvement()
    {
        var c = SampleComparer.Compare("x", Key, "ops/s", Better.Higher, Noisy(1, 30, 100, 0.02), Noisy(2, 30, 120, 0.02));

        c.Verdict.ShouldBe(Verdict.Improvement);
        c.VerdictText.ShouldBe("better");
    }

    [Fact]
    public void Samples_too_noisy_for_the_threshold_say_so()
    {
        // Given 5 samples per side with 30% noise and no change
        var c = SampleComparer.Compare("x", Key, "ns", Better.Lower, Noisy(3, 5, 100, 0.3), Noisy(4, 5, 100, 0.3));

        // Then it cannot tell rather than claiming no change
        c.Verdict.ShouldBe(Verdict.TooNoisy);
    }

    [Fact]
    public void Too_few_samples_for_significance_never_say_no_change_however_large_the_difference()
    {
        // Given 3 samples per side (the rank test cannot go below p = 0.1) and a head 17 times slower
        var c = SampleComparer.Compare("x", Key, "ns", Better.Lower, [100, 101, 102], [1700, 1710, 1720]);

        // Then it cannot tell, rather than claiming no change (the bot's run with --samples 3 found this)
        c.Verdict.ShouldBe(Verdict.TooNoisy);
        c.Change.ShouldBeGreaterThan(10);
    }

    [Fact]
    public void No_change_is_claimed_only_when_the_whole_interval_is_within_the_threshold()
    {
        // Given 30 quiet samples per side (0.1% noise) with no change: the interval is well inside ±1%
        var c = SampleComparer.Compare("x", Key, "ns", Better.Lower, Noisy(7, 30, 100, 0.001), Noisy(8, 30, 100, 0.001));

        c.Verdict.ShouldBe(Verdict.NoChange);
        c.ChangeLow.ShouldBeGreaterThanOrEqualTo(-0.01);
        c.ChangeHigh.ShouldBeLessThanOrEqualTo(0.01);
    }

    [Fact]
    public void Instruction_counts_are_compared_exactly_and_every_difference_beyond_repeat_noise_counts()
    {
        // Given counts that repeat exactly, head 1% higher
        var c = SampleComparer.Compare("x", Key, "count", Better.Lower, [1_000_000, 1_000_000], [1_010_000, 1_010_000]);
        var same = SampleComparer.Compare("x", Key, "count", Better.Lower, [1_000_000, 1_000_019], [1_000_019, 1_000_000]);

        // Then the 1% is a regression without statistics, and a difference within the repeat spread is none
        c.Method.ShouldBe(ComparisonMethod.Exact);
        c.Verdict.ShouldBe(Verdict.Regression);
        c.Change.ShouldBe(0.01, tolerance: 1e-12);
        same.Verdict.ShouldBe(Verdict.NoChange);
    }

    [Fact]
    public void Reports_sort_by_impact_regressions_first()
    {
        var run = (string machine, double scale) => new Testing.RunResultBuilder($"r-{machine}-{scale}").OnMachine(machine)
            .WithResult("a", "compile", [.. Noisy(5, 30, 100 * scale, 0.01)])
            .WithResult("b", "compile", [.. Noisy(6, 30, 100 / scale, 0.01)])
            .Build();

        var report = ComparisonSet.Compare(new ComparisonSide("base", [run("m", 1)]), new ComparisonSide("head", [run("m", 1.2)]));

        report.Comparisons.Select(c => (c.Key.Benchmark, c.Verdict)).ShouldBe([("a", Verdict.Regression), ("b", Verdict.Improvement)]);
    }

    [Fact]
    public void Markdown_escapes_names_so_they_cannot_break_the_table_or_mention_anyone()
    {
        var hostile = "a|b `c` <img src=x> @team *x*";
        var c = SampleComparer.Compare(hostile, Key with { Benchmark = hostile }, "count", Better.Lower, [1], [2]);
        var md = ComparisonMarkdown.Render(new ComparisonReport("base", "head", [c], new ComparisonOptions()));

        md.ShouldContain("a&#124;b \\`c\\` &lt;img src=x&gt; @&#8203;team \\*x\\*");
        md.ShouldNotContain("<img");
        md.ShouldNotContain("@team");
        md.ShouldContain("<details><summary>All 1 series</summary>");
        md.IndexOf("regression(s)", StringComparison.Ordinal).ShouldBeLessThan(md.IndexOf("<details>", StringComparison.Ordinal));
    }

    [Fact]
    public void Markdown_points_to_cpu_time_when_wall_time_was_too_noisy_but_cpu_time_was_not()
    {
        // Given a phase whose wall time a busy machine scattered over 1-3x, while its cpu-time stayed within 0.5%
        var random = new Random(3);
        double[] Wall() => [.. Enumerable.Range(0, 10).Select(_ => 1e6 * (1 + 2 * random.NextDouble()))];
        double[] Cpu(double level) => [.. Enumerable.Range(0, 10).Select(_ => level * (1 + 0.005 * random.NextDouble()))];
        var wall = SampleComparer.Compare("x", Key, "ns", Better.Lower, Wall(), Wall());
        var cpu = SampleComparer.Compare("x (cpu-time)", Key with { Metric = "cpu-time" }, "ns", Better.Lower, Cpu(1e6), Cpu(1.1e6));

        var md = ComparisonMarkdown.Render(new ComparisonReport("base", "head", [wall, cpu], new ComparisonOptions()));

        // Then the summary says so, and says nothing of the kind when cpu-time is absent
        (wall.Verdict, cpu.Verdict).ShouldBe((Verdict.TooNoisy, Verdict.Regression));
        md.ShouldContain("Wall time was too noisy to say for 1 series whose cpu-time gives a verdict");
        ComparisonMarkdown.Render(new ComparisonReport("base", "head", [wall], new ComparisonOptions())).ShouldNotContain("cpu-time");
    }

    [Fact]
    public void A_run_compared_with_itself_is_no_change_however_noisy_issue_14()
    {
        // Given ten samples scattered over 1-3x (a busy machine), compared with the very same samples
        var random = new Random(5);
        double[] samples = [.. Enumerable.Range(0, 10).Select(_ => 1e6 * (1 + 2 * random.NextDouble()))];

        // Then nothing differs, so the verdict is no change, not "too noisy to say"
        SampleComparer.Compare("x", Key, "ns", Better.Lower, samples, [.. samples.Reverse()]).Verdict.ShouldBe(Verdict.NoChange);
    }

    [Fact]
    public void Wall_time_and_cpu_time_of_one_benchmark_get_one_verdict_naming_the_clock_that_decided_issue_14()
    {
        // Given a phase 10% slower, whose wall time a busy machine scattered while its cpu-time stayed tight
        var random = new Random(3);
        double[] Wall() => [.. Enumerable.Range(0, 10).Select(_ => 1e6 * (1 + 2 * random.NextDouble()))];
        double[] Cpu(double level) => [.. Enumerable.Range(0, 10).Select(_ => level * (1 + 0.005 * random.NextDouble()))];
        var wall = SampleComparer.Compare("x", Key, "ns", Better.Lower, Wall(), Wall());
        var cpu = SampleComparer.Compare("x (cpu-time)", Key with { Metric = "cpu-time" }, "ns", Better.Lower, Cpu(1e6), Cpu(1.1e6));
        var report = new ComparisonReport("base", "head", [wall, cpu], new ComparisonOptions());

        // When the report counts verdicts
        var verdict = report.Verdicts.ShouldHaveSingleItem();

        // Then the benchmark is one regression, decided by cpu-time, and the summary counts it once
        (verdict.Verdict, verdict.DecidedBy, verdict.VerdictText).ShouldBe((Verdict.Regression, "cpu-time", "slower"));
        report.SummaryCounts.ShouldStartWith("1 regression(s), 0 improvement(s), 0 unchanged, 0 too noisy to say (1 measured by wall time and cpu-time");
        ComparisonMarkdown.Render(report).ShouldContain("**1 regression(s)**, 0 improvement(s)");
    }

    [Fact]
    public void Markdown_shows_times_in_human_units_and_tiny_p_values_as_a_bound_issue_14()
    {
        var c = SampleComparer.Compare("x", Key, "ns", Better.Lower,
            [.. Enumerable.Range(0, 30).Select(i => 1_013_100.0 + i)], [.. Enumerable.Range(0, 30).Select(i => 2_000_000.0 + i)]);

        var md = ComparisonMarkdown.Render(new ComparisonReport("base", "head", [c], new ComparisonOptions()));

        md.ShouldContain("| 1.01 ms | 2 ms | < 0.0001 |");
        md.ShouldNotContain("E+06");
    }

    [Fact]
    public void A_quadratic_cost_fits_an_exponent_of_two_and_is_flagged_super_linear()
    {
        var points = new[] { 10.0, 20, 40, 80, 160 }.Select((n, i) => (n, n * n * (1 + 0.01 * (i % 2)))).ToArray();
        var linear = new[] { 10.0, 20, 40, 80, 160 }.Select((n, i) => (n, 5 * n * (1 + 0.01 * (i % 2)))).ToArray();

        var fit = ScalingFit.Fit(points)!;

        fit.Exponent.ShouldBe(2, tolerance: 0.02);
        fit.ExponentLow.ShouldBeLessThan(2);
        fit.ExponentHigh.ShouldBeGreaterThan(2);
        fit.SuperLinear.ShouldBeTrue();
        ScalingFit.Fit(linear)!.SuperLinear.ShouldBeFalse();
    }
}

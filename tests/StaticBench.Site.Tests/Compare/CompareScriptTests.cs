using System.Text.Json.Nodes;
using MathNet.Numerics.Distributions;
using StaticBench.Analysis.Comparisons;
using StaticBench.Analysis.Statistics;
using StaticBench.Schema.Model;
using StaticBench.Testing.Engines;

namespace StaticBench.Site.Tests.Compare;

/// <summary>
/// The compare page's statistics (templates/assets/compare.js) against the C# they port: the page
/// must give the verdicts `staticbench compare` gives for the same two commits.
/// </summary>
[Trait("Category", "Engine")]
public class CompareScriptTests
{
    private static readonly SeriesKey Key = new("m", "sort/quick", "", "v8", "run", "wall-time");

    /// <summary>Relative difference allowed between the port and C# (ulp-level differences of log, exp and pow between .NET and V8).</summary>
    private const double Tolerance = 1e-9;

    [EngineFact("node")]
    public void Compare_samples_gives_SampleComparer_verdicts_and_numbers_on_seeded_random_cases()
    {
        // Given a few hundred seeded cases: 3-40 samples a side, log-normal noise with and without a
        // shift, added contention, ties, all-equal samples, counts and sizes, higher-is-better metrics
        var cases = Enumerable.Range(0, 400).Select(RandomCase).ToArray();

        // When both compare them
        var script = CompareScript.Run(cases.Select(c => new CompareScript.Call("compareSamples", c.Base, c.Head, c.Unit, c.Better)));
        var expected = cases.Select(c => SampleComparer.Compare("x", Key, c.Unit, c.Better == "higher" ? Better.Higher : Better.Lower, c.Base, c.Head)).ToArray();

        // Then every verdict is the same, and every number agrees to 1e-9
        var mismatches = cases.Select((c, i) => Mismatch(c, expected[i], script[i]!)).Where(m => m is not null).ToArray();
        mismatches.ShouldBeEmpty(string.Join("\n", mismatches.Take(10)));

        // and the cases ran every path: exact, the exact and Edgeworth Mann-Whitney, the best part, every verdict
        expected.Count(e => e.Method == ComparisonMethod.Exact).ShouldBeGreaterThan(20);
        cases.Count(c => c.Base.Length + c.Head.Length < 65 && !SampleComparer.IsDeterministic(c.Unit, c.Base, c.Head)).ShouldBeGreaterThan(100);
        cases.Count(c => c.Base.Length + c.Head.Length >= 65 && !SampleComparer.IsDeterministic(c.Unit, c.Base, c.Head)).ShouldBeGreaterThan(40);
        expected.Count(e => e.Method == ComparisonMethod.RankBased && e.Basis == ChangeBasis.BestPart).ShouldBeGreaterThan(10);
        foreach (var verdict in new[] { Verdict.Regression, Verdict.Improvement, Verdict.NoChange, Verdict.TooNoisy })
        {
            expected.Count(e => e.Verdict == verdict).ShouldBeGreaterThan(10, verdict.ToString());
        }
    }

    [EngineFact("node")]
    public void A_run_compared_with_itself_is_no_change_on_the_page_as_in_the_cli_issue_14()
    {
        // Given samples scattered over 1-3x, compared with the same samples in another order
        var random = new Random(9);
        var samples = Enumerable.Range(0, 12).Select(_ => 1e6 * (1 + 2 * random.NextDouble())).ToArray();
        var reversed = samples.Reverse().ToArray();

        // When both compare them
        var script = CompareScript.Run([new CompareScript.Call("compareSamples", samples, reversed, "ns", "lower")]);
        var expected = SampleComparer.Compare("x", Key, "ns", Better.Lower, samples, reversed);

        // Then both say no change
        expected.Verdict.ShouldBe(Verdict.NoChange);
        Mismatch(new Case(samples, reversed, "ns", "lower"), expected, script[0]!).ShouldBeNull();
    }

    [EngineFact("node")]
    public void Compare_samples_follows_SampleComparer_where_Perfolizers_Edgeworth_integers_wrap()
    {
        // Given sample counts where Perfolizer 0.3.17's Edgeworth approximation computes n·m·(n+m+1)
        // or 5·m·n·(m+n) in 32-bit ints that wrap (from about 600 and 1,000 samples a side)
        var cases = new[] { (500, 520, 0.0), (700, 650, 0.02), (1100, 1050, 0.03), (1100, 1100, 0.0) }
            .Select((c, i) => new Case(
                LogNormal(new Random(100 + i), c.Item1, 1000, 0.05, 1),
                LogNormal(new Random(200 + i), c.Item2, 1000, 0.05, 1 + c.Item3), "ns", "lower"))
            .ToArray();

        // When both compare them
        var script = CompareScript.Run(cases.Select(c => new CompareScript.Call("compareSamples", c.Base, c.Head, c.Unit, c.Better)));

        // Then the page gives what `staticbench compare` gives there too
        for (var i = 0; i < cases.Length; i++)
        {
            var expected = SampleComparer.Compare("x", Key, "ns", Better.Lower, cases[i].Base, cases[i].Head);
            Mismatch(cases[i], expected, script[i]!).ShouldBeNull();
        }
    }

    [EngineFact("node")]
    public void Mann_Whitney_p_values_match_RankStatistics_with_and_without_ties()
    {
        // Given random samples of 1-45 a side: as drawn, rounded to whole numbers (ties), and rounded
        // then moved by less than 1e-9 (which Perfolizer still ranks as ties)
        var random = new Random(7);
        double[] Round(double[] values, double jitter) => values.Select(v => Math.Round(v) + jitter * (random.NextDouble() - 0.5)).ToArray();
        var pairs = Enumerable.Range(0, 300).Select(i =>
        {
            var x = LogNormal(random, random.Next(1, 46), 50, 0.05, 1);
            var y = LogNormal(random, random.Next(1, 46), 50, 0.05, 1 + (random.NextDouble() - 0.5) * 0.1);
            return (i % 3) switch { 0 => (x, y), 1 => (Round(x, 0), Round(y, 0)), _ => (Round(x, 6e-10), Round(y, 6e-10)) };
        }).ToArray();

        // When both compute the two-sided p-value
        var script = CompareScript.Run(pairs.Select(p => new CompareScript.Call("mannWhitneyPValue", p.Item1, p.Item2)));

        // Then they agree
        for (var i = 0; i < pairs.Length; i++)
        {
            var expected = RankStatistics.MannWhitneyPValue(pairs[i].Item1, pairs[i].Item2);
            Close(CompareScript.Number(script[i]), expected).ShouldBeTrue($"{pairs[i].Item1.Length}+{pairs[i].Item2.Length}: {CompareScript.Number(script[i])} against {expected}");
        }
    }

    [EngineFact("node")]
    public void Normal_quantiles_and_probabilities_match_MathNet()
    {
        // Given probabilities from 1e-300 to 1 - 1e-12 and points from -38 to 38
        double[] ps = [1e-300, 1e-20, 1e-9, 1e-4, 0.001, 0.0025, 0.005, 0.01, 0.02425, 0.025, 0.1, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 0.975, 0.9875, 0.995, 0.9975, 0.999, 1 - 1e-12];
        var xs = Enumerable.Range(-380, 761).Select(i => i / 10.0).ToArray();

        // When both compute them
        var script = CompareScript.Run(
            ps.Select(p => new CompareScript.Call("normalQuantile", p)).Concat(xs.Select(x => new CompareScript.Call("normalCdf", 0.0, 1.0, x))));

        // Then they agree to 1e-12 relative
        for (var i = 0; i < ps.Length; i++)
        {
            var expected = Normal.InvCDF(0, 1, ps[i]);
            Math.Abs(CompareScript.Number(script[i]) - expected).ShouldBeLessThanOrEqualTo(1e-12 * Math.Max(1, Math.Abs(expected)), $"quantile of {ps[i]}");
        }

        for (var i = 0; i < xs.Length; i++)
        {
            var expected = Normal.CDF(0, 1, xs[i]);
            var actual = CompareScript.Number(script[ps.Length + i]);
            Math.Abs(actual - expected).ShouldBeLessThanOrEqualTo(1e-12 * expected, $"cdf at {xs[i]}");
        }
    }

    [EngineFact("node")]
    public void Pairwise_differences_are_selected_exactly_without_listing_them()
    {
        // Given random samples of 1-60 a side, with and without ties
        var random = new Random(11);
        var cases = Enumerable.Range(0, 60).Select(i =>
        {
            double Draw() => i % 2 == 0 ? random.NextDouble() * 100 : Math.Log(1 + random.Next(20));
            var x = Enumerable.Range(0, random.Next(1, 61)).Select(_ => Draw()).ToArray();
            var y = Enumerable.Range(0, random.Next(1, 61)).Select(_ => Draw()).ToArray();
            var d = y.SelectMany(b => x.Select(a => b - a)).ToArray();
            Array.Sort(d);
            return (x, y, d, k: random.Next(d.Length));
        }).ToArray();

        // When the page selects order statistics of y - x (what it does past a million pairs)
        var script = CompareScript.Run(cases.SelectMany(c => new[]
        {
            new CompareScript.Call("selectPairwiseDifference", c.x, c.y, c.k),
            new CompareScript.Call("selectPairwiseDifference", c.x, c.y, 0),
            new CompareScript.Call("selectPairwiseDifference", c.x, c.y, c.d.Length - 1),
        }));

        // Then each is exactly the one the sorted differences of C# hold
        for (var i = 0; i < cases.Length; i++)
        {
            CompareScript.Number(script[3 * i]).ShouldBe(cases[i].d[cases[i].k]);
            CompareScript.Number(script[3 * i + 1]).ShouldBe(cases[i].d[0]);
            CompareScript.Number(script[3 * i + 2]).ShouldBe(cases[i].d[^1]);
        }
    }

    [EngineFact("node")]
    public void Values_and_changes_read_as_the_ValueFormatter_of_other_pages_writes_them()
    {
        // Given values from 1e-6 to 3e9 in every kind of unit, and relative changes
        double[] values = [0, 0.00001234, 0.0001, 0.001234, 0.0099996, 0.5, 1, 1.5, 9.995, 12.345, 99.95, 123.45, 999.5, 1234.5, 12_500, 1_234_567, 1_572_864, 3e9, -0.2, -1234.5];
        string[] units = ["ns", "bytes", "count", "ops/s", "%"];
        double[] ratios = [0.031, -0.2, 0, 0.0005, -0.0004, 1.5, -0.999, 12.3456];
        var calls = units.SelectMany(u => values.Select(v => (u, v))).ToArray();

        // When the page formats them
        var script = CompareScript.Run(calls.Select(c => new CompareScript.Call("formatValue", c.v, c.u))
            .Concat(ratios.Select(r => new CompareScript.Call("formatRatio", r))));

        // Then the text is what the site's formatter writes
        for (var i = 0; i < calls.Length; i++)
        {
            ((string?)script[i]).ShouldBe(StaticBench.Site.Formatting.ValueFormatter.Format(calls[i].v, calls[i].u), $"{calls[i].v} {calls[i].u}");
        }

        for (var i = 0; i < ratios.Length; i++)
        {
            ((string?)script[calls.Length + i]).ShouldBe(StaticBench.Site.Formatting.ValueFormatter.Ratio(ratios[i]));
        }
    }

    [EngineFact("node")]
    public void Chart_axis_ticks_read_as_the_trend_images_label_them_and_neighbours_never_read_the_same()
    {
        // Given evenly spaced ticks: sizes within a few KiB of 189 MiB, times across ms and µs, counts, other units
        double[][] axes =
        [
            [198_180_000, 198_182_000, 198_184_000, 198_186_000],
            [980_000, 990_000, 1_000_000, 1_010_000],
            [0, 250, 500, 750],
            [1_234_000, 1_234_500, 1_235_000],
            [-0.001, 0, 0.001],
            [0.5, 1, 1.5, 2],
        ];
        string[] units = ["bytes", "ns", "count", "ops/s"];
        var calls = units.SelectMany(u => axes.Select(a => (u, a))).ToArray();

        // When the interactive chart labels its y axis
        var script = CompareScript.Run(calls.Select(c => new CompareScript.Call("site.ticks", c.a, c.u)));

        // Then it writes what the trend images write, and no two neighbouring labels are the same
        for (var i = 0; i < calls.Length; i++)
        {
            var labels = ((JsonArray)script[i]!).Select(l => (string?)l).ToArray();
            labels.ShouldBe(StaticBench.Site.Formatting.ValueFormatter.Ticks(calls[i].a, calls[i].u).ToArray(), $"{calls[i].u} {string.Join(", ", calls[i].a)}");
            labels.Zip(labels.Skip(1)).ShouldAllBe(pair => pair.First != pair.Second);
        }
    }

    [EngineFact("node")]
    public void Summary_helpers_pool_medians_and_take_the_geometric_mean_of_positive_ratios()
    {
        // Given samples of two runs, and ratios with a zero, a negative and an infinite one among them
        double[][] runs = [[1, 2, 10], [3, 4, 5, 6]];
        double[] ratios = [0.5, 2, 4, 0, -1, double.PositiveInfinity];

        // When the page pools and summarizes them
        var script = CompareScript.Run([
            new CompareScript.Call("pooledMedian", [runs]), new CompareScript.Call("pooledMedian", [runs[0]]),
            new CompareScript.Call("geometricMean", [ratios]), new CompareScript.Call("geometricMean", [new double[] { 0 }]),
        ]);

        // Then the median is the pooled samples' median, and the mean leaves out what has no logarithm
        CompareScript.Number(script[0]).ShouldBe(RankStatistics.Median([.. runs.SelectMany(r => r)]));
        CompareScript.Number(script[1]).ShouldBe(2);
        CompareScript.Number(script[2]).ShouldBe(Math.Pow(4, 1.0 / 3), 1e-12);
        double.IsNaN(CompareScript.Number(script[3])).ShouldBeTrue();
    }

    private sealed record Case(double[] Base, double[] Head, string Unit, string Better)
    {
        public override string ToString() => $"{Unit}/{Better} base [{string.Join(", ", Base.Select(v => v.ToString("R")))}] head [{string.Join(", ", Head.Select(v => v.ToString("R")))}]";
    }

    /// <summary>Case <paramref name="seed"/>: its kind cycles through the families, sizes are 3-40 a side (a third of them 24-40, where the best part runs).</summary>
    private static Case RandomCase(int seed)
    {
        var random = new Random(seed);
        var large = seed % 3 == 0;
        int n = large ? random.Next(24, 41) : random.Next(3, 41), m = large ? random.Next(24, 41) : random.Next(3, 41);
        var cv = Math.Exp(random.NextDouble() * Math.Log(40)) * 0.005; // 0.5% to 20%, log-uniform
        var shift = random.Next(3) == 0 ? 1.0 : 1 + Math.Sign(random.NextDouble() - 0.5) * Math.Exp(random.NextDouble() * Math.Log(60)) * 0.005;
        var level = Math.Exp(random.NextDouble() * Math.Log(1e7)) * 10;
        double[] Side(int count, double factor) => LogNormal(random, count, level, cv, factor);

        switch (seed % 8)
        {
            case 0: // plain noise, higher is better
                return new Case(Side(n, 1), Side(m, shift), "ops/s", "higher");
            case 1: // contention: some samples 2-4 times as long
                return new Case(Contended(random, Side(n, 1)), Contended(random, Side(m, shift)), "ns", "lower");
            case 2: // ties: whole numbers at a low level
                var low = 20 + random.Next(200);
                return new Case(LogNormal(random, n, low, cv, 1).Select(v => Math.Round(v)).ToArray(), LogNormal(random, m, low, cv, shift).Select(v => Math.Round(v)).ToArray(), "ns", "lower");
            case 3: // counts and sizes: near-deterministic
                var unit = random.Next(2) == 0 ? "count" : "bytes";
                var repeat = random.Next(3) == 0 ? 0 : 1e-5;
                return new Case(Side(n, 1).Select(_ => Math.Round(level * (1 + repeat * random.NextDouble()))).ToArray(),
                    Side(m, 1).Select(_ => Math.Round(level * shift * (1 + repeat * random.NextDouble()))).ToArray(), unit, random.Next(4) == 0 ? "higher" : "lower");
            case 4: // every sample equal on both sides
                var value = Math.Round(level);
                return new Case(Enumerable.Repeat(value, n).ToArray(), Enumerable.Repeat(random.Next(2) == 0 ? value : Math.Round(value * shift), m).ToArray(), "ns", "lower");
            case 5: // values around zero: compared without logs
                return new Case(Side(n, 1).Select(v => v / level - 1).ToArray(), Side(m, shift).Select(v => v / level - 1).ToArray(), "%", random.Next(2) == 0 ? "higher" : "lower");
            default: // plain noise
                return new Case(Side(n, 1), Side(m, shift), "ns", "lower");
        }
    }

    private static double[] LogNormal(Random random, int count, double level, double cv, double factor) =>
        Enumerable.Range(0, count).Select(_ => level * factor * Math.Exp(cv * Gaussian(random))).ToArray();

    private static double[] Contended(Random random, double[] samples) =>
        samples.Select(v => random.NextDouble() < 0.3 ? v * random.Next(2, 5) : v).ToArray();

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static string? Mismatch(Case c, Comparison expected, JsonNode actual)
    {
        var verdict = expected.Verdict switch
        {
            Verdict.Regression => "regression", Verdict.Improvement => "improvement", Verdict.NoChange => "no change", _ => "too noisy",
        };
        var method = expected.Method == ComparisonMethod.Exact ? "exact" : "rank";
        var basis = expected.Method == ComparisonMethod.Exact ? null : expected.Basis == ChangeBasis.BestPart ? "best part" : "all";
        var problems = new List<string>();
        if ((string?)actual["verdict"] != verdict)
        {
            problems.Add($"verdict {actual["verdict"]} against {verdict}");
        }

        if ((string?)actual["method"] != method)
        {
            problems.Add($"method {actual["method"]} against {method}");
        }

        if ((string?)actual["basis"] != basis)
        {
            problems.Add($"basis {actual["basis"]} against {basis}");
        }

        if ((int)actual["baseCount"]! != expected.BaseCount || (int)actual["headCount"]! != expected.HeadCount)
        {
            problems.Add("counts");
        }

        foreach (var (name, value) in new[]
        {
            ("change", expected.Change), ("changeLow", expected.ChangeLow), ("changeHigh", expected.ChangeHigh), ("pValue", expected.PValue),
            ("baseMedian", expected.BaseMedian), ("headMedian", expected.HeadMedian), ("minimumDetectable", expected.MinimumDetectable),
        })
        {
            var got = CompareScript.Number(actual[name]);
            if (!Close(got, value))
            {
                problems.Add($"{name} {got:R} against {value:R}");
            }
        }

        return problems.Count == 0 ? null : $"{string.Join("; ", problems)} in {c}";
    }

    private static bool Close(double actual, double expected) =>
        actual.Equals(expected) || Math.Abs(actual - expected) <= Tolerance * Math.Max(Math.Abs(actual), Math.Abs(expected));
}

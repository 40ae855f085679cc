using StaticBench.Schema.Json;
using StaticBench.Schema.Model;
using StaticBench.Schema.Validation;
using StaticBench.Testing;

namespace StaticBench.Schema.Tests.Model;

public class ResultColumnsTests
{
    private static BenchmarkResult Result(string benchmark, double[] samples, SampleSummary? summary = null) => new()
    {
        Benchmark = benchmark, Phase = "compile", Metric = "wall-time", Unit = "ns", Better = Better.Lower,
        Engine = new EngineInfo { Name = "wasmtime", Version = "19.0.0" }, Samples = samples, Summary = summary,
    };

    [Fact]
    public void A_run_held_as_columns_gives_back_every_result_as_it_was_recorded()
    {
        // Given a run's results, one with the harness's summary and one without
        var recorded = new[]
        {
            Result("sort/quick", [1200, 1180, 1230], new SampleSummary { N = 3, Min = 1180, Median = 1200, Max = 1230 }),
            Result("sort/merge", [900.5]),
        };

        // When they are held as columns
        var columns = ResultColumns.Of(recorded, new ResultInterner());

        // Then each result reads back with the same parts, samples and summary, by index and in order
        columns.Count.ShouldBe(2);
        columns[0].Samples.ShouldBe([1200, 1180, 1230]);
        columns[0].Summary.ShouldBe(recorded[0].Summary);
        columns[0].Engine.ShouldBe(recorded[0].Engine);
        columns[1].Samples.ShouldBe([900.5]);
        columns[1].Summary.ShouldBeNull();
        columns.Select(r => r.Benchmark).ShouldBe(["sort/quick", "sort/merge"]);

        // And the columns answer without making a result: the samples as a span, the summary's values, the header
        columns.SamplesOf(1).ToArray().ShouldBe([900.5]);
        columns.TrySummary(0, out var n, out var min, out var median, out var max).ShouldBeTrue();
        (n, min, median, max).ShouldBe((3, 1180.0, 1200.0, 1230.0));
        columns.TrySummary(1, out _, out _, out _, out _).ShouldBeFalse();
        columns.Header(0).Samples.ShouldBeEmpty();
        columns.Header(0).Summary.ShouldBeNull();
    }

    [Fact]
    public void Each_result_keeps_its_medians_interval_worked_out_from_its_samples_when_added()
    {
        // Given ten samples in no order, a result with a zero among them, and one with no samples
        double[] ten = [1210, 1190, 1250, 1180, 1205, 1300, 1195, 1200, 1220, 1170];
        double[] withZero = [900, 0, 910, 905, 903, 902, 901, 899, 898, 897];
        var columns = ResultColumns.Of([Result("sort/quick", ten), Result("sort/merge", withZero), Result("hash/sha", [])], new ResultInterner());

        // Then the interval is the one the sorted samples give: for ten, the 2nd and 9th smallest
        columns.TryMedianInterval(0, out var low, out var high).ShouldBeTrue();
        (low, high).ShouldBe(MedianInterval.Of([.. ten.Order()]));
        (low, high).ShouldBe((1180.0, 1250.0));
        columns.SampleCount(0).ShouldBe(10);

        // And where the one-pass search refuses (a zero, whose sign a sort may place either way; no samples), none is kept
        columns.TryMedianInterval(1, out _, out _).ShouldBeFalse();
        columns.TryMedianInterval(2, out _, out _).ShouldBeFalse();
        columns.SampleCount(2).ShouldBe(0);
    }

    [Fact]
    public void Runs_read_through_one_interner_share_one_header_per_series()
    {
        // Given two runs measuring the same benchmark, read through one interner
        var interner = new ResultInterner();
        var first = ResultColumns.Of([Result("sort/quick", [1200])], interner);
        var second = ResultColumns.Of([Result("sort/quick", [1210])], interner);
        var other = ResultColumns.Of([Result("sort/merge", [900])], interner);

        // Then the header is one instance for the series, another for another benchmark, and the samples stay each run's own
        second.Header(0).ShouldBeSameAs(first.Header(0));
        other.Header(0).ShouldNotBeSameAs(first.Header(0));
        second[0].Samples.ShouldBe([1210]);
        ResultColumns.HeaderOf(second, 0).ShouldBeSameAs(first.Header(0));
    }

    [Fact]
    public void Results_made_from_columns_are_copies_so_a_reader_cannot_change_the_run()
    {
        // Given a run held as columns
        var columns = ResultColumns.Of([Result("sort/quick", [1200, 1210])], new ResultInterner());

        // When a result made from it has its samples changed
        ((double[])columns[0].Samples)[0] = -1;

        // Then the run still holds what was recorded
        columns[0].Samples.ShouldBe([1200, 1210]);
    }

    [Fact]
    public void A_result_file_read_through_an_interner_is_held_as_columns_with_every_value_it_holds()
    {
        // Given a result file of 40 results, one in milliseconds
        var builder = new RunResultBuilder("run-1");
        for (var i = 0; i < 40; i++)
        {
            builder.WithResult($"sort/{i:D2}", "compile", 1000 + i, 1010 + i, 990 + i);
        }

        builder.WithResult(new BenchmarkResult
        {
            Benchmark = "sort/ms", Phase = "execute", Metric = "wall-time", Unit = "ms", Better = Better.Lower, Samples = [1.5, 2.5],
        });
        var bytes = ResultJson.Serialize(builder.Build());

        // When it is read with an interner, and again without
        var columns = ResultReader.Read(bytes, "run-1.json", new ResultInterner()).Result!.Results;
        var plain = ResultReader.Read(bytes, "run-1.json").Result!.Results;

        // Then the interned read holds columns, and both give the same results, normalized to nanoseconds
        columns.ShouldBeOfType<ResultColumns>();
        columns.Count.ShouldBe(41);
        columns[40].Unit.ShouldBe("ns");
        columns[40].Samples.ShouldBe([1.5e6, 2.5e6]);
        for (var i = 0; i < columns.Count; i++)
        {
            columns[i].Benchmark.ShouldBe(plain[i].Benchmark);
            columns[i].Samples.ShouldBe(plain[i].Samples);
            columns[i].Summary.ShouldBe(plain[i].Summary);
        }
    }

    [Fact]
    public void Columns_made_without_their_samples_read_them_from_their_source_once_when_first_asked_for()
    {
        // Given a run's results added with their counts, summaries and intervals only, their samples kept elsewhere
        var source = new CountingSource([0, 0, 1200, 1180, 1230, 900.5]);
        var builder = new ResultColumns.Builder(2);
        builder.AddWithoutSamples(Result("sort/quick", []), 3, (3, 1180, 1200, 1230), (1180, 1230));
        builder.AddWithoutSamples(Result("sort/merge", []), 1, null, null);

        // When they are made into columns that read from the source, from the third value on
        var columns = builder.Build(new ResultInterner(), source, offset: 2);

        // Then the summaries and intervals answer without reading anything
        columns.TrySummary(0, out _, out _, out var median, out _).ShouldBeTrue();
        median.ShouldBe(1200);
        columns.TryMedianInterval(0, out var low, out var high).ShouldBeTrue();
        (low, high).ShouldBe((1180, 1230));
        columns.TryMedianInterval(1, out _, out _).ShouldBeFalse();
        columns.TotalSamples.ShouldBe(4);
        (columns.SamplesRead, source.Reads).ShouldBe((false, 0));

        // And the first sample asked for reads the run's samples, all of them and only once
        columns.SamplesOf(1).ToArray().ShouldBe([900.5]);
        columns[0].Samples.ShouldBe([1200, 1180, 1230]);
        (columns.SamplesRead, source.Reads).ShouldBe((true, 1));
    }

    [Fact]
    public void Runs_whose_summaries_are_laid_side_by_side_answer_as_before()
    {
        // Given three runs of the same two results, read through one interner, and a run of other results
        var interner = new ResultInterner();
        ResultColumns RunOf(double shift, string second = "sort/merge") => ResultColumns.Of(
            [
                Result("sort/quick", [1200 + shift, 1180 + shift, 1230 + shift], new SampleSummary { N = 3, Min = 1180 + shift, Median = 1200 + shift, Max = 1230 + shift }),
                Result(second, [900 + shift, 905 + shift, 899 + shift, 903 + shift, 901 + shift]),
            ],
            interner);
        var runs = new[] { RunOf(0), RunOf(10), RunOf(20), RunOf(30, second: "sort/heap") };
        var before = runs.Select(Answers).ToArray();

        // When their summaries are laid side by side, result by result
        ResultColumns.LaySummariesSideBySide(runs);

        // Then every run answers with the same summaries, intervals and samples
        runs.Select(Answers).ShouldBe(before);
        runs[2].TrySummary(0, out _, out var min, out var median, out _).ShouldBeTrue();
        (min, median).ShouldBe((1200, 1220));

        static string Answers(ResultColumns run) => string.Join("; ", Enumerable.Range(0, run.Count).Select(i =>
            $"{run.TrySummary(i, out var n, out var min, out var median, out var max)} {n} {min} {median} {max} " +
            $"{run.TryMedianInterval(i, out var low, out var high)} {low} {high} {string.Join(",", run.SamplesOf(i).ToArray())}"));
    }

    private sealed class CountingSource(double[] values) : SampleSource
    {
        public int Reads { get; private set; }

        public override void Read(long offset, Span<double> into)
        {
            Reads++;
            values.AsSpan((int)offset, into.Length).CopyTo(into);
        }
    }
}

using StaticBench.Importers.History;
using StaticBench.Schema.Json;
using StaticBench.Schema.Model;
using StaticBench.Schema.Validation;

namespace StaticBench.Importers.Tests.History;

public sealed class AsvHistoryTests
{
    private static readonly string[] Files =
    [
        "benchmarks.json", "ci-box/machine.json", "ci-box/c09d70af-virtualenv-py3.11.json", "ci-box/41786557-virtualenv-py3.11.json",
    ];

    private static ImportSource[] Sources() => [.. Files.Select(f => Fixture.Read($"asv/results/{f}") with { Path = f })];

    private static IReadOnlyList<RunResult> Read() => AsvHistory.Read(Sources(), new HistoryOptions(Repository: "https://example.org/p"));

    [Fact]
    public void Each_result_file_is_one_valid_run_with_its_machine_and_environment()
    {
        var runs = Read();

        runs.Count.ShouldBe(2);
        runs.ShouldAllBe(r => ResultReader.Read(ResultJson.Serialize(r), r.Run.Id).IsValid);
        runs[0].Run.Project.Commit.ShouldBe("c09d70af8ebe38dfa017b9eeb523a274a2ec1432");
        runs[1].Run.Project.Parents.ShouldBe(["c09d70af8ebe38dfa017b9eeb523a274a2ec1432"]);
        runs[0].Run.Machine.Name.ShouldBe("ci-box");
        runs[0].Run.Machine.Cores.ShouldBe(2);
        runs[0].Results.ShouldAllBe(r => r.Engine!.Config == "virtualenv-py3.11");
    }

    [Fact]
    public void Parameter_combinations_become_parameters_with_their_stored_samples()
    {
        var runs = Read();

        var sort = runs[0].Results.Where(r => r.Benchmark == "bench.TimeSort.time_sort").ToArray();
        sort.Select(r => SeriesKey.FormatParameters(r.Parameters)).ShouldBe(["kind=list,size=100", "kind=list,size=1000"]);
        sort[0].Samples.Count.ShouldBe(5);
        sort[0].Unit.ShouldBe("ns");
        runs[0].Results.Single(r => r.Benchmark == "bench.time_join").Samples.Count.ShouldBe(1);
        var items = runs[0].Results.Single(r => r.Benchmark == "bench.track_items");
        (items.Metric, items.Unit, items.Samples[0]).ShouldBe(("items", "count", 200.0)); // "items" is no unit of the format: it names the metric
    }

    [Fact]
    public void Mem_sizes_are_exact_and_peak_memory_is_not()
    {
        // A constructed asv v2 result (no benchmarks.json: the type comes from the name's prefix)
        var result = """
            {"commit_hash": "c09d70af8ebe38dfa017b9eeb523a274a2ec1432", "env_name": "venv", "date": 1795259387000, "version": 2,
             "result_columns": ["result", "params"],
             "results": {"bench.mem_list": [[8056], []], "bench.peakmem_list": [[21000000], []]}}
            """;

        var run = AsvHistory.Read([ImportSource.FromText("box/c09d70af-venv.json", result)], new HistoryOptions()).Single();

        run.Results.Single(r => r.Benchmark == "bench.mem_list").Exact.ShouldBe(true);
        run.Results.Single(r => r.Benchmark == "bench.peakmem_list").Exact.ShouldBeNull();
    }

    [Fact]
    public void Failed_and_skipped_combinations_are_left_out_with_a_reason()
    {
        var skipped = new List<SkippedRow>();

        AsvHistory.Read(Sources(), new HistoryOptions(), skipped);

        skipped.Count.ShouldBe(4);
        skipped.ShouldAllBe(s => s.Reason.Contains("kind=tuple"));
    }
}

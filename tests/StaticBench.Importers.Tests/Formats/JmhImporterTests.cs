using StaticBench.Schema.Model;

namespace StaticBench.Importers.Tests.Formats;

// Fixture: real JMH output of Fixtures/jmh/SortBenchmark.java.txt (see COMMANDS.md there).
public sealed class JmhImporterTests
{
    private const string Throughput = "bench.SortBenchmark.sortThroughput";
    private const string Average = "bench.SortBenchmark.sort";
    private const string Sampled = "bench.SortBenchmark.sortSampled";
    private const string Counted = "bench.SortBenchmark.sortCounted";

    [Fact]
    public void Raw_data_of_every_fork_are_the_samples_and_throughput_is_higher_is_better_ops_per_second()
    {
        // Given JMH -rf json output of a throughput benchmark in ops/ms, 2 forks × 3 iterations
        var imported = Fixture.Import("jmh", "jmh/results.json");

        // Then its six iteration scores are the samples, converted to ops/s, bigger is better
        var throughput = imported.Single(Throughput, "throughput", "size=256");
        throughput.Samples.ShouldBe(new[] { 114.97374831846898, 140.95311626924936, 148.24721148939415, 197.53459024515294, 261.6228261524327, 219.7682082322292 }.Select(s => s * 1000), tolerance: 1e-9);
        (throughput.Unit, throughput.Better, throughput.Phase).ShouldBe(("ops/s", Better.Higher, "execute"));
        imported.Harness.ShouldBe(new HarnessInfo { Name = "jmh", Version = "1.38-SNAPSHOT" });
    }

    [Fact]
    public void Params_become_parameters_and_average_time_is_wall_time_in_nanoseconds()
    {
        var imported = Fixture.Import("jmh", "jmh/results.json");

        var sort = imported.Single(Average, "wall-time", "size=4096");
        sort.Samples.Take(2).ShouldBe([182.46808467023172 * 1000, 144.3287697740113 * 1000], tolerance: 1e-6);
        (sort.Samples.Count, sort.Unit, sort.Better).ShouldBe((6, "ns", Better.Lower));
        sort.Parameters!["size"].ShouldBe(ParameterValue.Of(4096));
    }

    [Fact]
    public void Secondary_metrics_are_metrics_of_their_own_with_their_units()
    {
        var imported = Fixture.Import("jmh", "jmh/results.json");

        // The GC profiler's metrics, as JMH 1.37+ names them (no leading ·)
        var allocated = imported.Single(Average, "gc.alloc.rate.norm", "size=256");
        (allocated.Unit, allocated.Better, allocated.Samples.Count).ShouldBe(("bytes", Better.Lower, 6));
        allocated.Samples[0].ShouldBe(1040.1427949499348);
        var rate = imported.Single(Average, "gc.alloc.rate", "size=256");
        (rate.Unit, rate.Better).ShouldBe(("MB/s", Better.Lower));
        imported.Single(Average, "gc.count", "size=256").Unit.ShouldBe("count");

        // gc.time has a value only for iterations that collected: [[3.0], [5.0]]
        var gcTime = imported.Single(Average, "gc.time", "size=256");
        (gcTime.Unit, gcTime.Samples.Count).ShouldBe(("ns", 2));

        // @AuxCounters of a 2-thread benchmark: threads is a parameter, the counter a throughput
        var counter = imported.Single(Counted, "elements", "size=256,threads=2");
        (counter.Unit, counter.Better).ShouldBe(("ops/s", Better.Higher));
        counter.Samples[0].ShouldBe(61655.89231901871 * 1000, tolerance: 1e-6);
    }

    [Fact]
    public void Sample_time_histograms_are_expanded_to_every_sampled_call()
    {
        var imported = Fixture.Import("jmh", "jmh/results.json");

        // JMH's own console table counts 27037 and 3311 sampled calls for these two
        imported.Single(Sampled, "wall-time", "size=256").Samples.Count.ShouldBe(27037);
        imported.Single(Sampled, "wall-time", "size=4096").Samples.Count.ShouldBe(3311);

        // And the per-iteration percentiles JMH adds in sample mode are metrics of their own
        var p99 = imported.Single(Sampled, "p0.99", "size=256");
        (p99.Unit, p99.Samples.Count).ShouldBe(("ns", 6));
    }

    [Fact]
    public void Nan_scores_are_left_out()
    {
        // A constructed entry in the shape JSONResultFormat writes for -bm sample: [value, count] per iteration
        var json = """
            [{"benchmark": "b.Sample.run", "mode": "sample", "threads": 1, "forks": 1,
              "primaryMetric": {"score": 12.5, "scoreError": "NaN", "scoreUnit": "ns/op",
                                "rawDataHistogram": [[[[10.0, 2], [15.0, 1]], [[20.0, 1]]]]},
              "secondaryMetrics": {"·gc.count": {"score": "NaN", "scoreUnit": "counts", "rawData": [["NaN", 1.0]]}}}]
            """;

        var imported = ImporterRegistry.Default.Find("jmh").Read([ImportSource.FromText("sample.json", json)]);

        imported.Single("b.Sample.run", "wall-time").Samples.ShouldBe([10, 10, 15, 20]);
        imported.Single("b.Sample.run", "gc.count").Samples.ShouldBe([1]);
    }

    [Fact]
    public void A_score_that_is_not_a_number_names_its_json_path()
    {
        var json = File.ReadAllText(Fixture.PathOf("jmh/results.json")).Replace("198.54097635071287", "\"fast\"", StringComparison.Ordinal);

        var error = Should.Throw<ImportException>(() => ImporterRegistry.Default.Find("jmh").Read([ImportSource.FromText("results.json", json)]));

        error.Message.ShouldBe("results.json: $[0].primaryMetric.rawData[0][1]: expected a finite number, found the string \"fast\"");
    }
}

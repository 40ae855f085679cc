using StaticBench.Schema.Model;

namespace StaticBench.Importers.Tests.Formats;

public sealed class JmhImporterTests
{
    private const string ArrayList = "io.morethan.javabenchmarks.datastructure.ListCreationBenchmark.arrayList";

    [Fact]
    public void Raw_data_of_every_fork_are_the_samples_and_throughput_is_higher_is_better_ops_per_second()
    {
        // Given JMH -rf json output of a throughput benchmark, 2 forks × 5 iterations
        var imported = Fixture.Import("jmh", "jmh/results.json");

        // Then its ten iteration scores are the samples, in ops/s, bigger is better
        var throughput = imported.Single(ArrayList, "throughput");
        throughput.Samples.Count.ShouldBe(10);
        throughput.Samples[0].ShouldBe(3524193.1540743182);
        (throughput.Unit, throughput.Better, throughput.Phase).ShouldBe(("ops/s", Better.Higher, "execute"));

        // And a score in ops/ms is converted to ops/s, so a change of @OutputTimeUnit keeps the series
        imported.Single("io.morethan.javabenchmarks.datastructure.NoOpStrategyBenchmark.noOpImplementation", "throughput").Samples[0].ShouldBe(277565.0291087347 * 1000, tolerance: 1e-3);
    }

    [Fact]
    public void Secondary_metrics_are_metrics_of_their_own_with_their_units()
    {
        var imported = Fixture.Import("jmh", "jmh/results.json");

        var allocated = imported.Single(ArrayList, "gc.alloc.rate.norm");
        (allocated.Unit, allocated.Better, allocated.Samples.Count).ShouldBe(("bytes", Better.Lower, 10));
        var rate = imported.Single(ArrayList, "gc.alloc.rate");
        (rate.Unit, rate.Better).ShouldBe(("MB/s", Better.Lower));
        imported.Single(ArrayList, "gc.count").Unit.ShouldBe("count");
        imported.Single(ArrayList, "gc.time").Unit.ShouldBe("ns");

        // @AuxCounters of a 2-thread benchmark: threads is a parameter
        var counter = imported.Single("io.morethan.javabenchmarks.showcase.threads.MultithreadedBenchmark.with1Thread", "increment1", "threads=2");
        (counter.Unit, counter.Better).ShouldBe(("ops/s", Better.Higher));
    }

    [Fact]
    public void Params_become_parameters_and_average_time_is_wall_time_in_nanoseconds()
    {
        var imported = Fixture.Import("jmh", "jmh/results.json");

        var sleep = imported.Single("io.morethan.javabenchmarks.showcase.params.OneParamMultiMethodBenchmark.sleep", "wall-time", "a_milis=10");
        sleep.Samples.ShouldBe([11625.52296551724 * 1000, 11553.620172413794 * 1000, 11549.21490909091 * 1000], tolerance: 1e-6);
        (sleep.Unit, sleep.Better).ShouldBe(("ns", Better.Lower));
        sleep.Parameters!["a_milis"].ShouldBe(ParameterValue.Of(10));
    }

    [Fact]
    public void Sample_time_histograms_are_expanded_and_nan_scores_are_left_out()
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
        var json = File.ReadAllText(Fixture.PathOf("jmh/results.json")).Replace("3531314.663170731", "\"fast\"", StringComparison.Ordinal);

        var error = Should.Throw<ImportException>(() => ImporterRegistry.Default.Find("jmh").Read([ImportSource.FromText("results.json", json)]));

        error.Message.ShouldBe("results.json: $[0].primaryMetric.rawData[0][1]: expected a finite number, found the string \"fast\"");
    }
}

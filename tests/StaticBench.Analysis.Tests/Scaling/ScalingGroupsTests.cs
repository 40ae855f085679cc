using StaticBench.Analysis.Scaling;
using StaticBench.Analysis.Series;
using StaticBench.Analysis.Tests.Series;
using StaticBench.Schema.Model;
using StaticBench.Testing;

namespace StaticBench.Analysis.Tests.Scaling;

public class ScalingGroupsTests
{
    private static BenchmarkResult Timed(string engine, IReadOnlyDictionary<string, ParameterValue> parameters, double ns, string metric = "wall-time") => new()
    {
        Benchmark = "wasm/sort",
        Parameters = parameters,
        Engine = new EngineInfo { Name = engine },
        Phase = "execute",
        Metric = metric,
        Unit = metric == "wall-time" ? "ns" : "count",
        Better = Better.Lower,
        Samples = [ns],
    };

    private static Dictionary<string, ParameterValue> Named(string label, long n) => new() { ["size"] = ParameterValue.Of(label), ["n"] = ParameterValue.Of(n) };

    private static Dictionary<string, ParameterValue> Number(long n) => new() { ["n"] = ParameterValue.Of(n) };

    [Fact]
    public void The_suites_named_sizes_and_a_number_make_one_job_size_axis_per_engine_issue_18()
    {
        // Given the suite's three named sizes (size=small,n=10000 ...) and one size given as a number (n=5000), on two engines,
        // each growing as n^1.2, and an opcode profile beside them
        var run = new RunResultBuilder("r1");
        foreach (var engine in new[] { "v8", "native" })
        {
            foreach (var (parameters, n) in new[] { (Named("small", 10_000), 10_000), (Named("medium", 100_000), 100_000), (Named("large", 1_000_000), 1_000_000), (Number(5_000), 5_000) })
            {
                run.WithResult(Timed(engine, parameters, 3 * Math.Pow(n, 1.2)));
            }
        }

        foreach (var (label, n) in new[] { ("small", 10_000L), ("medium", 100_000L), ("large", 1_000_000L) })
        {
            run.WithResult(Timed("wasm-opcodes", new Dictionary<string, ParameterValue>(Named(label, n)) { ["opcode"] = ParameterValue.Of("i32.add") }, n, "opcode-count"));
        }

        var series = SeriesBuilder.BuildSeries([SeriesBuilderTests.Recorded(run)]).Series;

        // When the scaling groups are found
        var groups = ScalingGroups.Find(series);

        // Then each engine has one group over n with all four sizes and the exponent it grows with; the labels do not split it,
        // and no opcode gets a group of its own
        groups.Select(g => g.Engine).Order().ShouldBe(["native", "v8"]);
        groups.ShouldAllBe(g => g.Parameter == "n" && g.OtherParameters == "" && g.Members.Count == 4);
        groups.ShouldAllBe(g => Math.Abs(g.Fit.Exponent - 1.2) < 1e-9);
    }

    [Theory]
    [InlineData("n=10000,size=small", "n", 10000d, "small", "")]
    [InlineData("n=5000", "n", 5000d, "", "")]
    [InlineData("bytes=4096,shape=many-small", "bytes", 4096d, "", "shape=many-small")]
    public void A_job_size_is_a_numeric_size_parameter_with_its_name_and_the_other_parameters(string parameters, string name, double value, string label, string others)
    {
        JobSize.Of(parameters).ShouldBe(new JobSize(name, value, label, others));
    }

    [Fact]
    public void Parameters_without_a_numeric_size_have_no_job_size()
    {
        JobSize.Of("size=default").ShouldBeNull();
        JobSize.Of("").ShouldBeNull();
    }
}

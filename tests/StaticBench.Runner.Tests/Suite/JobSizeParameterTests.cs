using StaticBench.Runner.Suite;

namespace StaticBench.Runner.Tests.Suite;

/// <summary>Issue 18: a size given as a number and a named size of the same program land on one job-size axis, <c>n</c>.</summary>
public class JobSizeParameterTests
{
    private static readonly SuiteProgram Sort = new("sort", "sort.c", new Dictionary<string, long> { ["small"] = 10_000, ["medium"] = 100_000 });

    private static string ParametersOf(string label, long? n) =>
        string.Join(",", new BenchmarkCase("wasm/sort", label, n, "/x.wasm", null, null).Parameters.OrderBy(p => p.Key).Select(p => $"{p.Key}={p.Value.Canonical}"));

    [Fact]
    public void A_named_size_keeps_its_name_beside_its_number()
    {
        var small = SizeRequest.Parse("small");

        small.LabelFor(Sort).ShouldBe("small");
        ParametersOf(small.LabelFor(Sort), small.For(Sort)).ShouldBe("n=10000,size=small");
    }

    [Fact]
    public void A_number_is_only_n_so_that_it_differs_from_the_named_sizes_in_n_alone_issue_18()
    {
        // Given a size the manifest does not name
        var explicitSize = SizeRequest.Parse("5000");

        // When it becomes a case's parameters
        var parameters = ParametersOf(explicitSize.LabelFor(Sort), explicitSize.For(Sort));

        // Then the job size is n and there is no second, numeric "size" that would split the axis
        parameters.ShouldBe("n=5000");
    }

    [Fact]
    public void A_number_the_manifest_names_is_that_named_size_the_same_series_issue_18()
    {
        var same = SizeRequest.Parse("010000");

        same.For(Sort).ShouldBe(10_000);
        same.LabelFor(Sort).ShouldBe("small");
        ParametersOf(same.LabelFor(Sort), same.For(Sort)).ShouldBe("n=10000,size=small");
    }
}

using StaticBench.Testing;

namespace StaticBench.Cli.Tests.Comparing;

/// <summary><c>staticbench compare</c> on samples from a busy machine: every format says the change was measured on the fastest samples.</summary>
public sealed class CompareContendedTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>30 samples: 8 undisturbed near <paramref name="fast"/>, 22 taken while descheduled (2-4x).</summary>
    private string Results(string id, double fast) => ResultFiles.Write(_dir.Combine(id), new RunResultBuilder(id)
        .WithResult("work", "run", [.. Enumerable.Range(0, 8).Select(i => fast * (1 + 0.002 * i)), .. Enumerable.Range(0, 22).Select(i => 1000 * (2 + i % 3) * (1 + 0.01 * i))])
        .Build());

    [Fact]
    public async Task A_slowdown_of_the_undisturbed_samples_is_reported_as_measured_on_the_fastest_ones()
    {
        // Given base and head whose undisturbed samples differ by 5%, hidden among 22 disturbed ones
        var (b, h) = (Results("base", 1000), Results("head", 1050));

        // When compared in each format
        var json = await InProcessCli.RunAsync("compare", b, h, "--format", "json");
        var markdown = await InProcessCli.RunAsync("compare", b, h, "--format", "markdown");
        var pretty = await InProcessCli.RunAsync("compare", b, h);

        // Then each reports the regression and where it was measured
        json.Out.ShouldContain("\"verdict\": \"regression\"", Case.Sensitive, json.Error);
        json.Out.ShouldContain("\"changeBasis\": \"best-part\"");
        json.Out.ShouldContain("\"bestPartFraction\": 0.15");
        markdown.Out.ShouldContain("slower | +5.0% ¹ |");
        markdown.Out.ShouldContain("marked ¹, of the best 15.0% (the fastest, for times)");
        pretty.Out.ShouldContain("+5.0% ¹"); // the same formatter as Markdown (ValueText)
        pretty.Out.ShouldContain("¹ measured on the best 15% of the samples");
    }
}

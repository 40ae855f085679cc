using StaticBench.Store.Git;
using StaticBench.Store.Layout;
using StaticBench.Testing;

namespace StaticBench.Store.Tests.Layout;

public class ResultLayoutTests
{
    [Fact]
    public void Result_goes_under_the_UTC_day_the_run_started()
    {
        // Given a run started just after midnight in UTC+5, which is still the previous day in UTC
        var run = new RunResultBuilder("run-42").StartedAt(new DateTimeOffset(2026, 3, 2, 1, 30, 0, TimeSpan.FromHours(5))).Build();

        // When / Then
        ResultLayout.PathFor(run).ShouldBe("results/2026/03/01/run-42.json");
    }

    [Theory]
    [InlineData("bench", "bench/results/2026/11/21/r.json")]
    [InlineData("/bench/data/", "bench/data/results/2026/11/21/r.json")]
    [InlineData("./", "results/2026/11/21/r.json")]
    public void Data_folder_prefixes_the_path(string folder, string expected)
    {
        ResultLayout.PathFor(new RunResultBuilder("r").Build(), folder).ShouldBe(expected);
    }

    [Theory]
    [InlineData("../outside")]
    [InlineData("a/.git/b")]
    public void Data_folder_outside_the_repository_is_refused(string folder)
    {
        Should.Throw<DataRepositoryException>(() => ResultLayout.NormalizeFolder(folder)).Message.ShouldContain(folder);
    }
}

using StaticBench.Importers;
using StaticBench.Importers.Reading;
using StaticBench.Schema.Model;
using StaticBench.Schema.Validation;
using StaticBench.Testing;

namespace StaticBench.Importers.Tests;

/// <summary>The real tool outputs under Fixtures/ (each folder's COMMANDS.md says how they were made).</summary>
public static class Fixture
{
    public static string PathOf(string relative) => RepositoryRoot.Combine("tests", "StaticBench.Importers.Tests", "Fixtures", relative);

    public static ImportSource Read(string relative) => new($"Fixtures/{relative}", File.ReadAllBytes(PathOf(relative)));

    /// <summary>Imports fixtures with <paramref name="format"/>, wraps them as a run, and checks the file validates.</summary>
    public static ImportedResults Import(string format, params string[] relative)
    {
        var imported = ImporterRegistry.Default.Find(format).Read([.. relative.Select(Read)]);
        Validate(imported);
        return imported;
    }

    /// <summary>Wraps imported results as a run and checks the result file passes the validator record uses.</summary>
    public static void Validate(ImportedResults imported)
    {
        var run = ImportedRun.Create(imported, Project, Machine, runId: null, started: null, now: DateTimeOffset.Parse("2026-12-03T09:00:00Z"));
        var outcome = ResultReader.Read(StaticBench.Schema.Json.ResultJson.Serialize(run), "imported.json");
        outcome.Problems.ShouldBeEmpty();
    }

    public static BenchmarkResult Single(this ImportedResults imported, string benchmark, string metric, string parameters = "") =>
        imported.Results.Single(r => r.Benchmark == benchmark && r.Metric == metric && SeriesKey.FormatParameters(r.Parameters) == parameters);

    public static ProjectInfo Project { get; } = new()
    {
        Repository = "https://example.org/project",
        Commit = new string('a', 40),
        Branch = "main",
        CommitTime = DateTimeOffset.Parse("2026-12-01T00:00:00Z"),
        Subject = "the measured commit",
        Parents = [],
    };

    public static MachineInfo Machine { get; } = new() { Name = "test-machine", Os = "linux", Arch = "x86_64" };
}

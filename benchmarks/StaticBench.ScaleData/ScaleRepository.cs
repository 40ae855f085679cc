using System.Diagnostics;

namespace StaticBench.ScaleData;

/// <summary>What one generation or append made, and how long it took.</summary>
/// <param name="GitDir">The bare data repository.</param>
/// <param name="FirstRun">Index of the first run this call added.</param>
/// <param name="RunsAdded">Runs (= commits = files) this call added.</param>
/// <param name="JsonBytes">Bytes of the result files this call wrote.</param>
/// <param name="Tip">The branch's new tip.</param>
/// <param name="LabelsFile">The planted steps, beside the repository.</param>
public sealed record ScaleReport(string GitDir, ScaleShape Shape, int FirstRun, int RunsAdded, long JsonBytes, string Tip, string LabelsFile, TimeSpan Elapsed)
{
    public int TotalRuns => FirstRun + RunsAdded;
}

/// <summary>
/// Writes a bare data repository of <c>B</c> benchmarks x <c>R</c> runs, one commit per run on
/// <c>main</c>, or appends runs to one it wrote earlier. The same options give the same bytes and
/// commit ids; appending continues the same history as if it had been asked for in the first place,
/// except that steps are only ever planted inside the first generation's runs.
/// </summary>
public static class ScaleRepository
{
    public static ScaleReport Generate(string gitDir, ScaleShape shape)
    {
        var clock = Stopwatch.StartNew();
        if (Directory.Exists(gitDir) && Directory.EnumerateFileSystemEntries(gitDir).Any())
        {
            throw new InvalidOperationException($"{gitDir} already exists; delete it, or pass --append to add runs to it.");
        }

        // No templates: no sample hooks or description file, nothing that differs between git installs.
        Git.Run(null, "init", "--bare", "--quiet", "--initial-branch=main", "--template=", gitDir);
        return Write(gitDir, shape, firstRun: 0, shape.PlannedRuns, clock);
    }

    public static ScaleReport Append(string gitDir, int runs)
    {
        var clock = Stopwatch.StartNew();
        var shape = ScaleShape.FromJson(System.Text.Encoding.UTF8.GetBytes(Git.Run(gitDir, "show", $"main:{ScaleShape.FileName}")));
        var existing = int.Parse(Git.Run(gitDir, "rev-list", "--count", "main").Trim(), System.Globalization.CultureInfo.InvariantCulture);
        return Write(gitDir, shape, existing, runs, clock);
    }

    private static ScaleReport Write(string gitDir, ScaleShape shape, int firstRun, int runs, Stopwatch clock)
    {
        var signal = new PlantedSignal(shape);
        var writer = new RunFileWriter(shape, signal);
        var bytes = 0L;
        using (var import = new FastImport(gitDir, continueBranch: firstRun > 0))
        {
            for (var index = firstRun; index < firstRun + runs; index++)
            {
                var run = ScaleRun.At(shape, index);
                var content = writer.Write(run);
                bytes += content.Length;
                IEnumerable<(string, ReadOnlyMemory<byte>)> files = index == 0
                    ? [(ScaleShape.FileName, shape.ToJson()), (run.Path, content)]
                    : [(run.Path, content)];
                import.Commit(run.Message, run.Recorded, files);
            }

            import.Complete();
        }

        var labels = LabelsFile.Write(gitDir, shape, signal, firstRun + runs);
        var tip = Git.Run(gitDir, "rev-parse", "main").Trim();
        return new ScaleReport(gitDir, shape, firstRun, runs, bytes, tip, labels, clock.Elapsed);
    }
}

using StaticBench.Schema.Model;
using StaticBench.Store.Git;

namespace StaticBench.Store.Layout;

/// <summary>
/// Where a run's file lives in the data repository: <c>&lt;data folder&gt;/results/YYYY/MM/DD/&lt;run id&gt;.json</c>
/// (UTC date the run started). Day folders keep every tree small, and because the run id is unique,
/// concurrent runners never write the same path, so their commits never conflict on content.
/// </summary>
public static class ResultLayout
{
    /// <summary>The repository-relative path (forward slashes) of <paramref name="run"/>'s result file.</summary>
    /// <param name="run">A validated run (its id is a safe file name).</param>
    /// <param name="dataFolder">The data folder inside the repository; empty for the repository root.</param>
    public static string PathFor(RunResult run, string dataFolder = "")
    {
        var started = run.Run.Started.UtcDateTime;
        var relative = $"results/{started:yyyy}/{started:MM}/{started:dd}/{run.Run.Id}.json";
        var folder = NormalizeFolder(dataFolder);
        return folder.Length == 0 ? relative : $"{folder}/{relative}";
    }

    /// <summary>Turns a <c>--path</c> argument into a clean relative folder ("" for the root).</summary>
    public static string NormalizeFolder(string? dataFolder)
    {
        var parts = (dataFolder ?? "").Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => p != ".")
            .ToArray();
        if (parts.Any(p => p == ".." || p == ".git"))
        {
            throw new DataRepositoryException(
                $"--path '{dataFolder}' must name a folder inside the data repository (no '..' or '.git' parts).");
        }

        return string.Join('/', parts);
    }
}

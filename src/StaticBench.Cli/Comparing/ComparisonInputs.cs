using StaticBench.Analysis.Comparisons;
using StaticBench.Schema.Model;
using StaticBench.Schema.Validation;
using StaticBench.Store.Git;
using StaticBench.Store.History;

namespace StaticBench.Cli.Comparing;

/// <summary>
/// The two sides of a comparison, as <c>compare</c> and <c>comment</c> take them: two result files, or
/// with a data repository two commits or branches of the benchmarked project (a pull request's head
/// against its merge base when the base is <c>auto</c>).
/// </summary>
public static class ComparisonInputs
{
    /// <exception cref="DataRepositoryException">The data repository cannot be read.</exception>
    /// <exception cref="FileNotFoundException">A result file does not exist.</exception>
    /// <exception cref="InvalidDataException">A result file is not valid.</exception>
    /// <exception cref="ArgumentException">A commit or branch is not in the data.</exception>
    public static (ComparisonSide Base, ComparisonSide Head) Load(string @base, string head, string? data, string branch, string dataFolder, string? cacheRoot) =>
        data is null ? (Read(@base), Read(head)) : FromRepository(@base, head, data, branch, dataFolder, cacheRoot);

    private static ComparisonSide Read(string file)
    {
        if (!File.Exists(file))
        {
            throw new FileNotFoundException($"{file}: no such result file (to compare commits or branches, pass --data)");
        }

        var outcome = ResultReader.ReadFile(file);
        if (!outcome.IsValid)
        {
            throw new InvalidDataException($"{file} is not a valid result file: {string.Join("; ", outcome.Problems.Take(3))}");
        }

        return new ComparisonSide(Path.GetFileName(file), [outcome.Result!]);
    }

    private static (ComparisonSide, ComparisonSide) FromRepository(string @base, string head, string data, string branch, string dataFolder, string? cacheRoot)
    {
        // The same incremental cache as build: a PR comparison after one new result reads one commit, not the history.
        var location = DataRepositoryLocation.Parse(data);
        var options = new HistoryOptions(branch, dataFolder);
        var read = HistoryReader.Read(location, options with { CacheFile = HistoryCacheFile.For(location, options, cacheRoot) }, cacheRoot);
        IReadOnlyList<RunResult> runs = read.Snapshot.Runs.Select(r => r.Run).ToArray();
        var headRuns = CommitSelection.Select(runs, head);
        var baseRuns = CommitSelection.SelectBase(runs, @base, headRuns);
        return (new ComparisonSide(baseRuns.Label, baseRuns.Runs), new ComparisonSide(headRuns.Label, headRuns.Runs));
    }
}

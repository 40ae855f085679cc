using StaticBench.Schema.Model;
using StaticBench.Schema.Validation;
using StaticBench.Store.Layout;

namespace StaticBench.Store.Recording;

/// <summary>A validated input file: its original bytes (stored exactly as the runner wrote them, raw
/// samples included), the run they describe and the repository path they go to.</summary>
internal sealed record ResultFile(string Source, byte[] Bytes, RunResult Run, string RepositoryPath)
{
    /// <summary>Reads and validates every file; all or nothing.</summary>
    public static (IReadOnlyList<ResultFile> Files, IReadOnlyList<ValidationProblem> Problems) ReadAll(
        IReadOnlyList<string> sources, string dataFolder)
    {
        var files = new List<ResultFile>();
        var problems = new List<ValidationProblem>();
        foreach (var source in sources)
        {
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(source);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add(new ValidationProblem(source, "$", $"cannot be read: {e.Message}"));
                continue;
            }

            var outcome = ResultReader.Read(bytes, source);
            if (outcome.IsValid)
            {
                files.Add(new ResultFile(source, bytes, outcome.Result!, ResultLayout.PathFor(outcome.Result!, dataFolder)));
            }
            else
            {
                problems.AddRange(outcome.Problems);
            }
        }

        problems.AddRange(DuplicateIds(files));
        return (files, problems);
    }

    /// <summary>Two inputs of one call with the same run id but different bytes cannot both be the run.</summary>
    private static IEnumerable<ValidationProblem> DuplicateIds(List<ResultFile> files) =>
        files.GroupBy(f => f.RepositoryPath)
            .Where(g => g.Skip(1).Any(f => !f.Bytes.AsSpan().SequenceEqual(g.First().Bytes)))
            .Select(g => new ValidationProblem(
                g.Last().Source, "$.run.id", $"run id '{g.First().Run.Run.Id}' is also used by {g.First().Source} with different content"));
}

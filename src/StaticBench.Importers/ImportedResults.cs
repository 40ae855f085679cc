using StaticBench.Schema.Model;

namespace StaticBench.Importers;

/// <summary>What an importer read: the results, the rows it left out and why, and what the files say about the run.</summary>
/// <param name="Results">One entry per series, samples merged across repetitions.</param>
/// <param name="Skipped">Rows left out (aggregates, failed benchmarks), each with its reason.</param>
/// <param name="Harness">The tool that wrote the files, with its version when the files name it.</param>
/// <param name="Started">When the run happened, when the files say so.</param>
public sealed record ImportedResults(
    IReadOnlyList<BenchmarkResult> Results,
    IReadOnlyList<SkippedRow> Skipped,
    HarnessInfo Harness,
    DateTimeOffset? Started = null);

/// <summary>A row of the input that did not become a result.</summary>
/// <param name="Source">The file.</param>
/// <param name="Position">Where in it: a JSON path or <c>line N</c>.</param>
/// <param name="Reason">Why it was left out.</param>
public sealed record SkippedRow(string Source, string Position, string Reason)
{
    public override string ToString() => $"{Source}: {Position}: {Reason}";
}

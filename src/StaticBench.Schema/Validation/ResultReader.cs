using System.Text.Json;
using StaticBench.Schema.Json;
using StaticBench.Schema.Model;
using StaticBench.Schema.Units;

namespace StaticBench.Schema.Validation;

/// <summary>What reading one result file gave: the run, or the problems that kept it out.</summary>
public sealed record ReadOutcome(RunResult? Result, IReadOnlyList<ValidationProblem> Problems)
{
    public bool IsValid => Result is not null;
}

/// <summary>
/// The one way into the result format: parses, validates (<see cref="ResultValidator"/>), then
/// normalizes units (<see cref="UnitTable"/>) and fills in missing summaries.
/// </summary>
/// <remarks>
/// Two readers stand behind <see cref="Read"/>. <see cref="SinglePassReader"/> reads a plainly valid file in one
/// pass over its bytes and builds the run as it goes; it gives up on anything else. The thorough path,
/// <see cref="ReadThoroughly"/>, parses into a tree (<see cref="StrictJson"/>), validates the tree and then
/// deserializes it: three passes, but it finds and words every problem with its JSON path. Reading a long history
/// (600,000 results) through the thorough path alone made up most of a full build's history step.
/// </remarks>
public static class ResultReader
{
    /// <summary>
    /// Reads UTF-8 JSON; <paramref name="file"/> names the source in problems. With <paramref name="interner"/>, the
    /// result's repeating names and records are shared with every other file read through it. Never throws on
    /// content: whatever the bytes, the outcome is a run or problems naming the file and a JSON path.
    /// </summary>
    public static ReadOutcome Read(ReadOnlyMemory<byte> utf8, string file, ResultInterner? interner = null) =>
        SinglePassReader.TryRead(utf8.Span, interner) is { } run ? new ReadOutcome(run, []) : ReadThoroughly(utf8, file, interner);

    /// <summary>
    /// <see cref="Read"/> from bytes the caller only lends (say, a blob in libgit2's memory): the outcome keeps no
    /// reference to them, and they are copied only when the file needs the thorough path.
    /// </summary>
    public static ReadOutcome ReadSpan(ReadOnlySpan<byte> utf8, string file, ResultInterner? interner = null) =>
        SinglePassReader.TryRead(utf8, interner) is { } run ? new ReadOutcome(run, []) : ReadThoroughly(utf8.ToArray(), file, interner);

    /// <summary>
    /// The thorough path alone: parse into a tree, validate it, deserialize. <see cref="Read"/> gives the same outcome
    /// for every input; tests compare the two.
    /// </summary>
    internal static ReadOutcome ReadThoroughly(ReadOnlyMemory<byte> utf8, string file, ResultInterner? interner = null)
    {
        var input = StrictJson.Parse(utf8, file);
        if (input.Problem is { } problem)
        {
            return new ReadOutcome(null, [problem]);
        }

        using var document = input.Document!;
        var problems = ResultValidator.Validate(document.RootElement, file);
        if (problems.Count > 0)
        {
            return new ReadOutcome(null, problems);
        }

        RunResult run;
        try
        {
            run = Normalize(document.RootElement.Deserialize(ResultJsonContext.Default.RunResult)!);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or NotSupportedException or ArgumentException or OverflowException)
        {
            // The validator accepted what the reader cannot read: a staticbench bug, reported instead of thrown.
            return Fail(file, (e as JsonException)?.Path ?? "$", $"passed validation but could not be read (a staticbench bug): {e.Message}");
        }

        return new ReadOutcome(interner is null ? run : run with { Results = ResultColumns.Of(run.Results, interner) }, []);
    }

    /// <summary>Reads a file from disk.</summary>
    public static ReadOutcome ReadFile(string path)
    {
        try
        {
            return Read(File.ReadAllBytes(path), path);
        }
        catch (IOException e)
        {
            return Fail(path, "$", $"cannot be read: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            return Fail(path, "$", $"cannot be read: {e.Message}");
        }
    }

    /// <summary>Converts every result to its canonical unit and fills in its summary.</summary>
    public static RunResult Normalize(RunResult run) => run with
    {
        Results = run.Results.Select(NormalizeOne).ToArray(),
    };

    private static BenchmarkResult NormalizeOne(BenchmarkResult r)
    {
        var (unit, factor) = UnitTable.Normalize(r.Unit);
        if (factor == 1 && unit == r.Unit && r.Summary is not null)
        {
            return r;
        }

        var samples = factor == 1 ? r.Samples : r.Samples.Select(s => s * factor).ToArray();
        var summary = r.Summary is { } s
            ? s with { Min = s.Min * factor, Median = s.Median * factor, Max = s.Max * factor }
            : SampleSummary.Of(samples);
        return r with { Unit = unit, Samples = samples, Summary = summary };
    }

    private static ReadOutcome Fail(string file, string path, string message) =>
        new(null, [new ValidationProblem(file, path, message)]);
}

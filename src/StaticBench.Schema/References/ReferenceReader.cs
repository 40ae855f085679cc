using System.Text.Json;
using StaticBench.Schema.Units;
using StaticBench.Schema.Validation;

namespace StaticBench.Schema.References;

/// <summary>What reading one reference file gave: the set, or the problems that kept it out.</summary>
public sealed record ReferenceOutcome(ReferenceSet? References, IReadOnlyList<ValidationProblem> Problems)
{
    public bool IsValid => References is not null;
}

/// <summary>
/// The one way into reference files: parses strictly (<see cref="StrictJson"/>), validates (<see cref="ReferenceValidator"/>), then
/// normalizes units like results (<c>ms</c> becomes <c>ns</c>, <c>MB</c> becomes <c>bytes</c>).
/// </summary>
public static class ReferenceReader
{
    public static ReferenceOutcome Read(ReadOnlyMemory<byte> utf8, string file)
    {
        // The result format's strict reader: plain JsonDocument lets an unpaired surrogate through, and reading that
        // string threw in the middle of a build.
        var input = StrictJson.Parse(utf8, file);
        if (input.Problem is { } problem)
        {
            return new ReferenceOutcome(null, [problem]);
        }

        var document = input.Document!;
        using (document)
        {
            var problems = ReferenceValidator.Validate(document.RootElement, file);
            if (problems.Count > 0)
            {
                return new ReferenceOutcome(null, problems);
            }

            var set = document.RootElement.Deserialize(ReferenceJsonContext.Default.ReferenceSet)!;
            return new ReferenceOutcome(set with { Results = [.. set.Results.Select(Normalize)] }, []);
        }
    }

    public static ReferenceOutcome ReadFile(string path)
    {
        try
        {
            return Read(File.ReadAllBytes(path), path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ReferenceOutcome(null, [new ValidationProblem(path, "$", $"cannot be read: {e.Message}")]);
        }
    }

    private static ReferenceResult Normalize(ReferenceResult result)
    {
        var (unit, factor) = UnitTable.Normalize(result.Unit);
        return result with { Unit = unit, Value = result.Value * factor };
    }
}

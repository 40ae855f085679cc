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
/// The one way into reference files: parses, validates (<see cref="ReferenceValidator"/>), then
/// normalizes units like results (<c>ms</c> becomes <c>ns</c>, <c>MB</c> becomes <c>bytes</c>).
/// </summary>
public static class ReferenceReader
{
    public static ReferenceOutcome Read(ReadOnlyMemory<byte> utf8, string file)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (line {line + 1}, byte {e.BytePositionInLine + 1})" : "";
            return new ReferenceOutcome(null, [new ValidationProblem(file, "$", $"is not valid JSON{where}")]);
        }

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

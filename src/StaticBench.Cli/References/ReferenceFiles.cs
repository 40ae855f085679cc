using System.Text.Json;
using StaticBench.Schema.References;

namespace StaticBench.Cli.References;

/// <summary><c>validate</c> for reference files: told apart from result files by their <c>schema</c> tag.</summary>
public static class ReferenceFiles
{
    /// <summary>Null when <paramref name="file"/> is not a reference file; else whether it is valid, its problems written to stderr.</summary>
    public static bool? Validate(CliContext context, string file)
    {
        if (!IsReference(file))
        {
            return null;
        }

        var outcome = ReferenceReader.ReadFile(file);
        if (outcome.IsValid)
        {
            var source = outcome.References!.Source;
            context.Out.WriteLine($"ok {file}: references of {source.System} {source.Version} ({source.Hardware}), {outcome.References.Results.Count} result(s)");
            return true;
        }

        foreach (var problem in outcome.Problems)
        {
            context.Error.WriteLine(problem);
        }

        return false;
    }

    private static bool IsReference(string file)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("schema", out var schema)
                && schema.ValueKind == JsonValueKind.String
                && ReferenceVersion.Is(schema.GetString());
        }
        // InvalidOperationException: a schema tag that JSON can parse but not turn into text (a lone surrogate escape).
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return false; // the result reader reports it, with the same words as before
        }
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;

namespace StaticBench.Cli.Analyzing;

/// <summary><c>analyze --format json</c>: the report as a stable JSON document (shares as fractions; null where undefined).</summary>
public static class ProfileJson
{
    public static string Render(ProfileReport report)
    {
        var root = new JsonObject
        {
            ["file"] = report.File,
            ["base"] = report.BaseFile,
            ["top"] = report.Top,
            ["profiles"] = new JsonArray([.. report.Sections.Select(s => (JsonNode)new JsonObject
            {
                ["benchmark"] = s.Key.Benchmark,
                ["parameters"] = s.Key.Parameters,
                ["engine"] = s.Key.Engine,
                ["phase"] = s.Key.Phase,
                ["total"] = s.Total,
                ["baseTotal"] = s.BaseTotal,
                ["opcodes"] = Rows(s.Opcodes),
                ["functions"] = Rows(s.Functions),
            })]),
            ["notes"] = new JsonArray([.. report.Notes.Select(n => (JsonNode)n)]),
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static JsonArray Rows(IReadOnlyList<ProfileRow> rows) => new([.. rows.Select(r => (JsonNode)new JsonObject
    {
        ["name"] = r.Name,
        ["rest"] = r.IsRest,
        ["count"] = r.Count,
        ["base"] = r.Base,
        ["change"] = r.Delta,
        ["share"] = double.IsFinite(r.Share) ? Math.Round(r.Share, 9) : null,
    })]);
}

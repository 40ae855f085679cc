using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using StaticBench.Testing;

namespace StaticBench.Site.Tests.Compare;

/// <summary>
/// Calls functions of templates/assets/compare.js under node (through compare-driver.js, one process
/// per batch, so a few hundred calls cost one start-up).
/// </summary>
public static class CompareScript
{
    private static readonly JsonSerializerOptions Json = new()
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static string ScriptPath => RepositoryRoot.Combine("templates", "assets", "compare.js");

    /// <summary>One call of <paramref name="function"/> (on StaticBenchCompare or its internals) with these arguments.</summary>
    public sealed record Call(string Function, params object?[] Arguments);

    /// <summary>Runs every call in one node process and returns their results, in order.</summary>
    public static IReadOnlyList<JsonNode?> Run(IEnumerable<Call> calls)
    {
        var input = new JsonObject
        {
            ["calls"] = new JsonArray(calls.Select(c => (JsonNode)new JsonObject
            {
                ["fn"] = c.Function,
                ["args"] = JsonSerializer.SerializeToNode(c.Arguments, Json),
            }).ToArray()),
        };

        var start = new ProcessStartInfo("node")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        start.ArgumentList.Add(RepositoryRoot.Combine("tests", "StaticBench.Site.Tests", "Compare", "compare-driver.js"));
        start.ArgumentList.Add(ScriptPath);
        using var node = Process.Start(start)!;
        var error = node.StandardError.ReadToEndAsync();
        var output = node.StandardOutput.ReadToEndAsync();
        node.StandardInput.Write(input.ToJsonString(Json));
        node.StandardInput.Close();
        node.WaitForExit();
        node.ExitCode.ShouldBe(0, error.Result);
        return JsonNode.Parse(output.Result)!.AsArray().ToArray();
    }

    /// <summary>A number the driver wrote (non-finite ones as strings).</summary>
    public static double Number(JsonNode? node) => node is null ? double.NaN : node.Deserialize<double>(Json);
}

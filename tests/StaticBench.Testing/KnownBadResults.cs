using System.Text;
using System.Text.Json.Nodes;
using StaticBench.Schema.Json;

namespace StaticBench.Testing;

/// <summary>One result file that must be refused: its bytes, and the JSON path and words of the problem.</summary>
/// <param name="Name">A file-name-safe label (the file is committed as <c>results/2026/11/21/&lt;Name&gt;.json</c>).</param>
public sealed record KnownBadResult(string Name, byte[] Bytes, string Path, string Message)
{
    public override string ToString() => Name;
}

/// <summary>
/// Every kind of result file found to break StaticBench (issue 15: an outside attack on the CLI and a
/// mutation run), each one a variation of one valid file. The validator tests, the mutation corpus and
/// the build test (each committed into a data branch with plain git) all use this one list.
/// </summary>
public static class KnownBadResults
{
    public static IReadOnlyList<KnownBadResult> All { get; } = Build();

    /// <summary>The valid file every entry varies, with run id <paramref name="id"/>.</summary>
    public static JsonObject Valid(string id) =>
        JsonNode.Parse(ResultJson.Serialize(new RunResultBuilder(id).WithResult("sort/quick", "compile", 1200, 1210, 1190).Build()))!.AsObject();

    private static IReadOnlyList<KnownBadResult> Build()
    {
        List<KnownBadResult> all = [];

        void Edit(string name, Action<JsonObject> edit, string path, string message)
        {
            var doc = Valid(name);
            edit(doc);
            all.Add(new KnownBadResult(name, Encoding.UTF8.GetBytes(doc.ToJsonString()), path, message));
        }

        void Text(string name, Func<string, string> edit, string path, string message)
        {
            var text = Valid(name).ToJsonString();
            var edited = edit(text);
            if (edited == text)
            {
                throw new InvalidOperationException($"{name}: the edit changed nothing");
            }

            all.Add(new KnownBadResult(name, Encoding.UTF8.GetBytes(edited), path, message));
        }

        JsonObject First(JsonObject doc) => doc["results"]![0]!.AsObject();

        // 1. Values that become infinity once converted to ns, or when two are added for a median.
        Edit("huge-seconds", d => { First(d)["unit"] = "s"; First(d)["samples"] = new JsonArray(1e300); }, "$.results[0].samples[0]", "outside what staticbench can compute with");
        Edit("near-max-double", d => First(d)["samples"] = new JsonArray(1.7e308, 1.7e308), "$.results[0].samples[0]", "outside what staticbench can compute with");
        Edit("tiny-sample", d => First(d)["samples"] = new JsonArray(1e-300), "$.results[0].samples[0]", "outside what staticbench can compute with");
        Text("beyond-double", t => t.Replace("[1200,1210,1190]", "[1e400]", StringComparison.Ordinal), "$.results[0].samples[0]", "must be a finite number");
        Edit("huge-summary", d => First(d)["summary"] = new JsonObject { ["n"] = 1, ["min"] = 1, ["median"] = 1, ["max"] = 1e300 }, "$.results[0].summary.max", "outside what staticbench can compute with");

        // 2. What the validator threw on: times its own pattern allows written otherwise, bad UTF-8, lone surrogates.
        Edit("time-out-of-range", d => d["run"]!["started"] = "2026-02-30T10:00:00Z", "$.run.started", "must be an ISO 8601 time");
        Edit("offset-out-of-range", d => d["run"]!["started"] = "2026-11-21T10:00:00+25:00", "$.run.started", "must be an ISO 8601 time");
        Edit("time-without-zone", d => d["run"]!["project"]!["commitTime"] = "2026-11-21T10:00:00", "$.run.project.commitTime", "must be an ISO 8601 time");
        all.Add(new KnownBadResult("invalid-utf8", Splice(Valid("invalid-utf8").ToJsonString(), "x86-bench-1", [(byte)'x', 0xFF, 0xFE, (byte)'1']), "$", "is not valid UTF-8"));
        Text("lone-surrogate", t => t.Replace("\"x86-bench-1\"", "\"x86\\ud800\"", StringComparison.Ordinal), "$.run.machine.name", "unpaired surrogate");
        Text("lone-surrogate-name", t => t.Replace("\"cpu\"", "\"c\\udc00\"", StringComparison.Ordinal), "$.run.machine", "unpaired surrogate");

        // 3. A trailing newline that `$` in a pattern lets through.
        Edit("id-newline", d => d["run"]!["id"] = "id-newline\n", "$.run.id", "must not contain control characters");
        Edit("commit-newline", d => d["run"]!["project"]!["commit"] = new string('a', 40) + "\n", "$.run.project.commit", "must not contain control characters");
        Edit("parent-newline", d => d["run"]!["project"]!["parents"] = new JsonArray(new string('b', 40) + "\n"), "$.run.project.parents[0]", "control characters");

        // 4. Control characters, which end up in commit messages, file names and terminals.
        Edit("nul-machine", d => d["run"]!["machine"]!["name"] = "x86\0bench", "$.run.machine.name", "must not contain control characters");
        Edit("escape-benchmark", d => First(d)["benchmark"] = "sort/\u001b[31mred", "$.results[0].benchmark", "must not contain control characters");
        Edit("newline-parameter-name", d => First(d)["parameters"] = new JsonObject { ["a\nb"] = 1 }, "$.results[0].parameters['a\\nb']", "must not contain control characters");

        // 8. Nulls, duplicate keys, summaries that disagree with the samples, units nobody knows, numbers out of type.
        Edit("null-optional", d => d["run"]!["machine"]!["cpu"] = null, "$.run.machine.cpu", "must not be null");
        Edit("null-required", d => d["run"]!["machine"]!["os"] = null, "$.run.machine.os", "must not be null");
        Text("duplicate-run-id", t => t.Replace("\"id\":\"duplicate-run-id\"", "\"id\":\"duplicate-run-id\",\"id\":\"other\"", StringComparison.Ordinal), "$.run", "names the member \"id\" twice");
        Edit("summary-n-wrong", d => First(d)["summary"] = new JsonObject { ["n"] = 7, ["min"] = 1190, ["median"] = 1200, ["max"] = 1210 }, "$.results[0].summary.n", "but there are 3 samples");
        Edit("summary-max-low", d => First(d)["summary"] = new JsonObject { ["n"] = 3, ["min"] = 1190, ["median"] = 1200, ["max"] = 1200 }, "$.results[0].summary.max", "below the largest sample");
        Edit("unknown-unit", d => First(d)["unit"] = "parsecs", "$.results[0].unit", "is not a unit staticbench knows");
        Edit("cores-beyond-int", d => d["run"]!["machine"]!["cores"] = 3_000_000_000L, "$.run.machine.cores", "must be between 1 and");
        Edit("pull-request-beyond-int", d => d["run"]!["project"]!["pullRequest"] = 3_000_000_000L, "$.run.project.pullRequest", "must be between 1 and");
        Text("parameter-beyond-double", t => t.Replace("\"samples\"", "\"parameters\":{\"size\":1e999},\"samples\"", StringComparison.Ordinal), "$.results[0].parameters.size", "must be a string, a finite number or a boolean");

        // Shape and syntax.
        Text("truncated", t => t[..(t.Length / 2)], "$", "is not valid JSON");
        Text("too-deep", t => t.Replace("\"samples\"", "\"deep\":" + new string('[', 40) + new string(']', 40) + ",\"samples\"", StringComparison.Ordinal), "$", "is not valid JSON");
        Edit("samples-not-numbers", d => First(d)["samples"] = new JsonArray("fast"), "$.results[0].samples[0]", "must be a number");
        return all;
    }

    private static byte[] Splice(string text, string replace, byte[] with)
    {
        var at = text.IndexOf(replace, StringComparison.Ordinal);
        return [.. Encoding.UTF8.GetBytes(text[..at]), .. with, .. Encoding.UTF8.GetBytes(text[(at + replace.Length)..])];
    }
}

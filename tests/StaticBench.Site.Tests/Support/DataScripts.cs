using System.Text.Json;
using System.Text.Json.Nodes;
using StaticBench.Site.Output;

namespace StaticBench.Site.Tests.Support;

/// <summary>Reads a site's data scripts (<c>data/**.js</c>) as the JSON they carry after their fixed prefix.</summary>
public static class DataScripts
{
    public static JsonDocument Read(MemorySiteOutput output, string path) => JsonDocument.Parse(Json(output, path));

    /// <summary>
    /// The data of the one benchmark whose slug starts with <paramref name="slugPrefix"/>, its head and blocks put back
    /// together as <c>charts.js</c> does: per chart <c>x</c> runs, markers, and per line <c>median</c>, <c>low</c>,
    /// <c>high</c>, <c>n</c>, <c>versions</c> and <c>v</c> along the whole history.
    /// </summary>
    public static JsonDocument Benchmark(MemorySiteOutput output, string slugPrefix) =>
        Assembled(output, output.Files.Keys.Single(p => p.StartsWith("data/bench/" + slugPrefix, StringComparison.Ordinal) && p.IndexOf('/', "data/bench/".Length) < 0));

    /// <summary>The benchmark data whose head is at <paramref name="headPath"/>, put back together (see <see cref="Benchmark"/>).</summary>
    public static JsonDocument Assembled(MemorySiteOutput output, string headPath)
    {
        var head = JsonNode.Parse(Json(output, headPath))!.AsObject();
        var blocks = head["blocks"]!.AsArray().Select(key => JsonNode.Parse(Json(output, $"data/{key}.js"))!).Append(head["newest"]!).ToArray();
        var charts = new JsonArray();
        foreach (var chart in head["charts"]!.AsArray())
        {
            var id = chart!["id"]!.GetValue<string>();
            var x = new JsonArray();
            var lines = chart["lines"]!.AsArray().Select(l => new Line(l!.DeepClone().AsObject())).ToArray();
            foreach (var part in blocks.Select(b => b["charts"]![id]).OfType<JsonNode>())
            {
                var width = 0;
                foreach (var run in part["x"]!.AsArray())
                {
                    x.Add(run!.DeepClone());
                    width += run[1]!.GetValue<int>();
                }

                for (var i = 0; i < lines.Length; i++)
                {
                    lines[i].Add(part["lines"]![i], width);
                }
            }

            charts.Add(new JsonObject
            {
                ["id"] = id, ["title"] = chart["title"]!.DeepClone(), ["unit"] = chart["unit"]!.DeepClone(), ["better"] = chart["better"]!.DeepClone(),
                ["x"] = x, ["lines"] = new JsonArray(lines.Select(l => (JsonNode)l.Finish()).ToArray()), ["markers"] = chart["markers"]!.DeepClone(),
            });
        }

        return JsonDocument.Parse(new JsonObject { ["benchmark"] = head["benchmark"]!.DeepClone(), ["charts"] = charts }.ToJsonString());
    }

    private static string Json(MemorySiteOutput output, string path)
    {
        var text = output.Text(path);
        return text[(text.IndexOf("]=", StringComparison.Ordinal) + 2)..^2];
    }

    /// <summary>One line's cells gathered block by block.</summary>
    private sealed class Line(JsonObject head)
    {
        private readonly JsonArray _median = [], _low = [], _high = [], _n = [], _versions = [], _v = [];

        public void Add(JsonNode? cells, int width)
        {
            for (var k = 0; k < width; k++)
            {
                if (cells is null)
                {
                    _median.Add(null); _low.Add(null); _high.Add(null); _n.Add(null); _v.Add(null);
                    continue;
                }

                _median.Add(cells["median"]![k]?.DeepClone());
                _low.Add(cells["low"]![k]?.DeepClone());
                _high.Add(cells["high"]![k]?.DeepClone());
                var n = cells["n"] is { } counts ? counts[k]?.GetValue<int>() : cells["samplesPerPoint"]!.GetValue<int>();
                _n.Add(n);
                if (n is null)
                {
                    _v.Add(null);
                    continue;
                }

                var version = cells["versions"]![cells["v"] is { } v ? v[k]!.GetValue<int>() : 0]!.GetValue<string>();
                var at = _versions.Select(s => s!.GetValue<string>()).ToList().IndexOf(version);
                if (at < 0)
                {
                    _versions.Add(version);
                    at = _versions.Count - 1;
                }

                _v.Add(at);
            }
        }

        public JsonObject Finish()
        {
            head["median"] = _median;
            head["low"] = _low;
            head["high"] = _high;
            head["n"] = _n;
            head["versions"] = _versions;
            head["v"] = _v;
            return head;
        }
    }
}

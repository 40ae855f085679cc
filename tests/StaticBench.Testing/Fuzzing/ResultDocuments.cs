using System.Globalization;
using System.Text.Json.Nodes;
using CsCheck;
using StaticBench.Schema;

namespace StaticBench.Testing.Fuzzing;

/// <summary>
/// CsCheck generators of valid result files (format v1, docs/result-format.md), as <see cref="JsonObject"/>s to
/// mutate: every optional member sometimes present, strings from the whole of Unicode (astral characters, quotes,
/// backslashes, markup) but never a control character, samples from 1e-80 to 1e80 in every accepted unit, and
/// unknown members (which v1 allows) holding anything. Every document they make must be accepted.
/// </summary>
public static class ResultDocuments
{
    private const string IdAlphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-";

    private static readonly string[] Units = ["ns", "us", "µs", "ms", "s", "ps", "bytes", "B", "KiB", "MiB", "MB", "count", "instructions", "cycles", "ops/s", "MB/s", "ns/op", "B/op", "allocs/op", "%", "ratio", "score"];

    /// <summary>Text with no control character: mostly printable ASCII (quotes, backslashes and &lt;/script&gt; included), some of any plane.</summary>
    public static readonly Gen<string> Text =
        Gen.Frequency(
            (6, Gen.Char[' ', '~']),
            (1, Gen.Char['\u00a0', '\ud7ff']),
            (1, Gen.Char['\ue000', '\ufffd']))
        .Array[0, 12]
        .Select(Gen.Int[0, 3], Gen.Int[0x10000, 0x10FFFF], (chars, astral, rune) =>
            astral == 0 ? new string(chars) + char.ConvertFromUtf32(rune) : new string(chars))
        .Select(Gen.OneOf("", "\"", "\\", "</script>", "'", "{{x}}"), (s, extra) => s + extra);

    /// <summary>Text that is not blank, for required members.</summary>
    public static readonly Gen<string> RequiredText = Gen.Select(Gen.Char['a', 'z'], Text, (first, rest) => first + rest);

    public static readonly Gen<string> CommitId =
        Gen.Select(Gen.Char["0123456789abcdef"].Array[40], Gen.Bool, (hex, longer) => longer ? new string(hex) + new string(hex)[..24] : new string(hex));

    /// <summary>A run id safe as a file name (<see cref="Schema.Validation.RunId"/>).</summary>
    public static readonly Gen<string> RunId =
        Gen.Select(Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789"], Gen.Char[IdAlphabet].Array[0, 40], (first, rest) => (first + new string(rest)).TrimEnd('.'));

    /// <summary>A time as RFC 3339 allows it: Z or an offset, a T or a space, fractions or none.</summary>
    public static readonly Gen<DateTimeOffset> Instant =
        Gen.Long[new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds(), new DateTimeOffset(2099, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds()]
            .Select(DateTimeOffset.FromUnixTimeSeconds);

    private static readonly Gen<string> Offset = Gen.OneOf("Z", "z", "+00:00", "-14:00", "+05:30", "+0100");

    /// <summary>0, or a magnitude from 1e-80 to 1e80 (in range in every unit; see <see cref="Schema.Units.SampleRange"/>).</summary>
    public static readonly Gen<double> Sample =
        Gen.Frequency(
            (1, Gen.Const(0.0)),
            (12, Gen.Select(Gen.Int[1, 99_999], Gen.Int[-80, 76], Gen.Bool, (m, e, negative) => (negative ? -1 : 1) * double.Parse($"{m}e{e}", CultureInfo.InvariantCulture))));

    /// <summary>Any JSON value, nested up to 3 deep, for unknown members (which format v1 allows).</summary>
    public static readonly Gen<JsonNode?> AnyValue = Gen.Recursive<JsonNode?>((depth, inner) =>
        depth >= 3
            ? Gen.OneOf<JsonNode?>(Text.Select(s => (JsonNode?)s), Sample.Select(d => (JsonNode?)d), Gen.Const((JsonNode?)null))
            : Gen.Frequency<JsonNode?>(
                (3, Text.Select(s => (JsonNode?)s)),
                (3, Sample.Select(d => (JsonNode?)d)),
                (1, Gen.Bool.Select(b => (JsonNode?)b)),
                (1, Gen.Const((JsonNode?)null)),
                (1, inner.Array[0, 3].Select(items => (JsonNode?)new JsonArray(items))),
                (1, Gen.Select(RequiredText, inner).Array[0, 3].Select(members => (JsonNode?)Object(members)))));

    /// <summary>A valid result file with 1 to 4 results.</summary>
    public static readonly Gen<JsonObject> Valid =
        Gen.Select(Run, Result.Array[1, 4], Gen.Select(RequiredText, AnyValue).Array[0, 2], (run, results, extra) =>
        {
            var doc = new JsonObject { ["schema"] = SchemaVersion.Current, ["run"] = run };
            var array = new JsonArray();
            for (var i = 0; i < results.Length; i++)
            {
                // A distinct benchmark name per entry: two entries of one series are refused.
                results[i]["benchmark"] = $"b{i}/{results[i]["benchmark"]!.GetValue<string>()}";
                array.Add(results[i]);
            }

            doc["results"] = array;
            foreach (var (name, value) in extra)
            {
                doc.TryAdd("x-" + name, value);
            }

            return doc;
        });

    private static Gen<JsonObject> Run =>
        Gen.Select(RunId, Instant, Gen.Int[0, 100_000], Gen.Select(Offset, Gen.Bool, Gen.Bool), Machine, Gen.Select(RequiredText, RequiredText), Project,
            (id, started, seconds, format, machine, harness, project) => new JsonObject
            {
                ["id"] = id,
                ["started"] = Format(started, format),
                ["finished"] = Format(started.AddSeconds(seconds), format),
                ["machine"] = machine,
                ["harness"] = new JsonObject { ["name"] = harness.Item1, ["version"] = harness.Item2 },
                ["project"] = project,
            });

    private static Gen<JsonObject> Machine =>
        Gen.Select(RequiredText, RequiredText, RequiredText, Optional(RequiredText), OptionalValue(Gen.Int[1, int.MaxValue]), OptionalValue(Gen.Long[1, long.MaxValue]),
            Optional(Gen.Select(RequiredText, Text).Array[0, 3]),
            (name, os, arch, cpu, cores, memory, tools) =>
            {
                var machine = new JsonObject { ["name"] = name, ["os"] = os, ["arch"] = arch };
                Put(machine, "cpu", cpu);
                Put(machine, "cores", cores);
                Put(machine, "memoryMiB", memory);
                if (tools is not null)
                {
                    machine["tools"] = Object(tools.Select(t => (t.Item1, (JsonNode?)t.Item2)));
                }

                return machine;
            });

    private static Gen<JsonObject> Project =>
        Gen.Select(RequiredText, CommitId, RequiredText, Instant, RequiredText, OptionalValue(Gen.Int[1, int.MaxValue]), Optional(CommitId), CommitId.Array[0, 2],
            (repository, commit, branch, time, subject, pullRequest, baseCommit, parents) =>
            {
                var project = new JsonObject
                {
                    ["repository"] = repository, ["commit"] = commit, ["branch"] = branch,
                    ["commitTime"] = time.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                    ["subject"] = subject, ["parents"] = new JsonArray([.. parents.Select(p => (JsonNode)p)]),
                };
                Put(project, "pullRequest", pullRequest);
                Put(project, "baseCommit", baseCommit);
                return project;
            });

    private static Gen<JsonObject> Result =>
        Gen.Select(RequiredText, RequiredText, RequiredText, Gen.OneOf(Units), Gen.OneOf("lower", "higher"), Sample.Array[1, 12],
            Gen.Select(Optional(Parameters), Optional(Engine), Gen.Select(Gen.Bool, OptionalValue(Gen.Bool))),
            (benchmark, phase, metric, unit, better, samples, rest) =>
            {
                var (parameters, engine, (withSummary, exact)) = rest;
                var result = new JsonObject
                {
                    ["benchmark"] = benchmark, ["phase"] = phase, ["metric"] = metric, ["unit"] = unit, ["better"] = better,
                    ["samples"] = new JsonArray([.. samples.Select(s => (JsonNode)s)]),
                };
                Put(result, "parameters", parameters);
                Put(result, "engine", engine);
                Put(result, "exact", exact);
                if (withSummary)
                {
                    var sorted = samples.Order().ToArray();
                    result["summary"] = new JsonObject { ["n"] = samples.Length, ["min"] = sorted[0], ["median"] = sorted[sorted.Length / 2], ["max"] = sorted[^1] };
                }

                return result;
            });

    private static Gen<JsonObject> Parameters =>
        Gen.Select(RequiredText, Gen.OneOf<JsonNode?>(Text.Select(s => (JsonNode?)s), Sample.Select(d => (JsonNode?)d), Gen.Bool.Select(b => (JsonNode?)b)))
            .Array[0, 3].Select(p => Object(p));

    private static Gen<JsonObject> Engine =>
        Gen.Select(RequiredText, Optional(Text), Optional(Text), Optional(Text), (name, version, config, flags) =>
        {
            var engine = new JsonObject { ["name"] = name };
            Put(engine, "version", version);
            Put(engine, "config", config);
            Put(engine, "flags", flags);
            return engine;
        });

    private static Gen<T?> Optional<T>(Gen<T> gen) where T : class => Gen.Frequency((1, Gen.Const(default(T?))), (1, gen.Select(v => (T?)v)));

    private static Gen<T?> OptionalValue<T>(Gen<T> gen) where T : struct => Gen.Frequency((1, Gen.Const(default(T?))), (1, gen.Select(v => (T?)v)));

    private static void Put<T>(JsonObject obj, string name, T? value)
    {
        if (value is not null)
        {
            obj[name] = value as JsonNode ?? JsonValue.Create(value);
        }
    }

    private static JsonObject Object(IEnumerable<(string Name, JsonNode? Value)> members)
    {
        var obj = new JsonObject();
        foreach (var (name, value) in members)
        {
            obj.TryAdd(name, value);
        }

        return obj;
    }

    private static string Format(DateTimeOffset t, (string Offset, bool Space, bool Fraction) format)
    {
        var (offset, space, fraction) = format;
        var shift = offset switch { "-14:00" => TimeSpan.FromHours(-14), "+05:30" => new TimeSpan(5, 30, 0), "+0100" => TimeSpan.FromHours(1), _ => TimeSpan.Zero };
        var local = t.ToOffset(shift);
        var text = local.ToString(space ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        return text + (fraction ? ".123" : "") + offset;
    }
}

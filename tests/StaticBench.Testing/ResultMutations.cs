using System.Text;
using System.Text.Json.Nodes;
using StaticBench.Schema.Validation;

namespace StaticBench.Testing;

/// <summary>One mutated result file. <see cref="MustBeRefused"/> is true when the mutation breaks a rule of the format
/// whatever field it hits (a null, a control character, a duplicate member...), so accepting it is a validator bug.</summary>
public sealed record ResultMutant(string Name, byte[] Bytes, bool MustBeRefused)
{
    public override string ToString() => Name;
}

/// <summary>A value of a file (its JSON path) and a breaking edit that applies to it (<see cref="ResultMutations.BreakingSites"/>).</summary>
public sealed record BreakingSite(string Path, string Edit);

/// <summary>
/// A mutation corpus over valid result files: every value of every seed file hit by every mutation that
/// must make a file invalid wherever it lands, plus seeded byte-level damage (cuts, flips, inserted bytes)
/// whose outcome is unknown but must never be a crash. Deterministic: the same seeds give the same files.
/// </summary>
public static class ResultMutations
{
    private const string Hole = "\"@@HOLE@@\"";

    /// <summary>Mutations that make any known field invalid: (name, applies to a value at this path?, raw JSON to put there).</summary>
    private static readonly (string Name, Func<string, JsonNode, bool> AppliesTo, Func<JsonNode, string> Raw)[] BreakingEdits =
    [
        ("null", (_, _) => true, _ => "null"),
        ("beyond-double", (_, v) => IsNumber(v), _ => "1e400"),
        ("huge", (path, v) => IsNumber(v) && !path.Contains(".parameters", StringComparison.Ordinal), _ => "1e300"),
        ("string-for-number", (path, v) => IsNumber(v) && !path.Contains(".parameters", StringComparison.Ordinal), _ => "\"12\""),
        ("number-for-string", (path, v) => IsString(v) && !path.Contains(".parameters", StringComparison.Ordinal), _ => "12"),
        ("control-character", (_, v) => IsString(v), v => Quote("\u0001" + v.GetValue<string>())),
        ("trailing-newline", (_, v) => IsString(v), v => Quote(v.GetValue<string>() + "\n")),
        ("lone-surrogate", (_, v) => IsString(v), v => "\"\\ud800" + Quote(v.GetValue<string>())[1..]),
        ("array-for-object", (_, v) => v is JsonObject, _ => "[]"),
        ("object-for-array", (_, v) => v is JsonArray, _ => "{}"),
    ];

    /// <summary>Every breaking mutation at every value of <paramref name="seed"/> (named <paramref name="seedName"/>).</summary>
    public static IEnumerable<ResultMutant> Breaking(string seedName, JsonObject seed) =>
        BreakingSites(seed).Select(site => Break(seedName, seed, site));

    /// <summary>Where <paramref name="seed"/> can be broken and how: each value with each edit that applies to it, and each
    /// non-empty object with <see cref="DuplicateMember"/>. Cheap: nothing is copied until <see cref="Break"/>.</summary>
    public static IReadOnlyList<BreakingSite> BreakingSites(JsonObject seed)
    {
        var values = Values(seed, "$").ToList();
        var sites = values
            .SelectMany(v => BreakingEdits.Where(b => b.AppliesTo(v.Path, v.Value)).Select(b => new BreakingSite(v.Path, b.Name)))
            .ToList();
        sites.AddRange(values.Where(v => v.Value is JsonObject { Count: > 0 }).Select(v => new BreakingSite(v.Path, DuplicateMember)));
        return sites;
    }

    /// <summary>The edit that names an object's first member a second time (with the same value).</summary>
    public const string DuplicateMember = "duplicate-member";

    /// <summary><paramref name="seed"/> with one breaking edit applied at one site.</summary>
    public static ResultMutant Break(string seedName, JsonObject seed, BreakingSite site)
    {
        if (site.Edit == DuplicateMember)
        {
            var copy = seed.DeepClone().AsObject();
            var target = (JsonObject)At(copy, site.Path);
            var (first, firstValue) = target.First();
            target["@@DUP@@"] = firstValue?.DeepClone();
            var text = copy.ToJsonString().Replace("\"@@DUP@@\"", Quote(first), StringComparison.Ordinal);
            return new ResultMutant($"{seedName} duplicate member '{first}' in {site.Path}", Encoding.UTF8.GetBytes(text), MustBeRefused: true);
        }

        var value = At(seed, site.Path);
        var (name, _, raw) = BreakingEdits.Single(b => b.Name == site.Edit);
        return new ResultMutant($"{seedName} {name} at {site.Path}", Replace(seed, site.Path, raw(value)), MustBeRefused: true);
    }

    /// <summary><paramref name="count"/> files with seeded byte-level damage: truncation, bit flips, inserted and deleted bytes.</summary>
    public static IEnumerable<ResultMutant> Damaged(string seedName, JsonObject seed, int count, int randomSeed)
    {
        var bytes = Encoding.UTF8.GetBytes(seed.ToJsonString());
        var random = new Random(randomSeed);
        byte[] interesting = [0x00, 0x0A, 0x22, 0x5C, 0x7B, 0x5B, 0x7D, 0x5D, 0x2C, 0x3A, 0x80, 0xC0, 0xED, 0xF8, 0xFF, (byte)'e', (byte)'-', (byte)'9'];
        for (var i = 0; i < count; i++)
        {
            var mutated = bytes.ToList();
            var edits = 1 + random.Next(3);
            var kinds = new List<string>();
            for (var e = 0; e < edits && mutated.Count > 1; e++)
            {
                var at = random.Next(mutated.Count);
                switch (random.Next(4))
                {
                    case 0:
                        mutated.RemoveRange(at, mutated.Count - at);
                        kinds.Add($"cut@{at}");
                        break;
                    case 1:
                        mutated[at] ^= (byte)(1 << random.Next(8));
                        kinds.Add($"flip@{at}");
                        break;
                    case 2:
                        mutated.Insert(at, interesting[random.Next(interesting.Length)]);
                        kinds.Add($"insert@{at}");
                        break;
                    default:
                        mutated.RemoveAt(at);
                        kinds.Add($"delete@{at}");
                        break;
                }
            }

            yield return new ResultMutant($"{seedName} damaged #{i} ({string.Join(",", kinds)})", [.. mutated], MustBeRefused: false);
        }
    }

    private static bool IsNumber(JsonNode v) => v is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.Number;

    private static bool IsString(JsonNode v) => v is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.String;

    private static string Quote(string s) => JsonValue.Create(s).ToJsonString();

    /// <summary>Every value under <paramref name="node"/> with its JSON path, the node itself excluded.</summary>
    private static IEnumerable<(string Path, JsonNode Value)> Values(JsonNode node, string path)
    {
        var children = node switch
        {
            JsonObject o => o.Select(p => (ElementChecker.Child(path, p.Key), p.Value)),
            JsonArray a => a.Select((v, i) => (ElementChecker.Item(path, i), v)),
            _ => [],
        };
        foreach (var (childPath, child) in children)
        {
            if (child is null)
            {
                continue;
            }

            yield return (childPath, child);
            foreach (var nested in Values(child, childPath))
            {
                yield return nested;
            }
        }
    }

    private static JsonNode At(JsonNode root, string path) => Values(root, "$").First(v => v.Path == path).Value;

    private static byte[] Replace(JsonObject seed, string path, string raw)
    {
        var copy = seed.DeepClone().AsObject();
        var target = At(copy, path);
        switch (target.Parent)
        {
            case JsonObject parent:
                parent[target.GetPropertyName()] = "@@HOLE@@";
                break;
            case JsonArray parent:
                parent[target.GetElementIndex()] = "@@HOLE@@";
                break;
        }

        return Encoding.UTF8.GetBytes(copy.ToJsonString().Replace(Hole, raw, StringComparison.Ordinal));
    }
}

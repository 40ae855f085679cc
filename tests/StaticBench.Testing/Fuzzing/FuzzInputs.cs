using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using StaticBench.Schema.Units;
using StaticBench.Schema.Validation;

namespace StaticBench.Testing.Fuzzing;

/// <summary>What a reader must do with a <see cref="FuzzInput"/>.</summary>
public enum Verdict
{
    /// <summary>Refuse or accept, as long as it does not throw and an accepted file is sound.</summary>
    Either,

    /// <summary>Accept: the input is a valid result file.</summary>
    Accept,

    /// <summary>Refuse, with a problem at <see cref="FuzzInput.Path"/> or a member that holds it.</summary>
    Refuse,
}

/// <summary>One generated input for a reader: its bytes, what it is, and what the reader must say.</summary>
/// <param name="Kind">Which generator made it: <c>valid</c>, <c>breaking</c>, <c>damaged</c>, <c>bytes</c>, <c>deep</c>, ...</param>
/// <param name="Path">Where the problem must be reported, for <see cref="Verdict.Refuse"/>.</param>
/// <param name="Words">Words the problem's message must contain, when known.</param>
public sealed record FuzzInput(string Kind, string Description, byte[] Bytes, Verdict Verdict, string? Path = null, string? Words = null)
{
    public override string ToString() =>
        $"{Kind}: {Description} ({Bytes.Length} bytes, must {Verdict.ToString().ToLowerInvariant()}{(Path is null ? "" : $" at {Path}")}): " +
        (Bytes.Length <= 600 ? Encoding.UTF8.GetString(Bytes) : Encoding.UTF8.GetString(Bytes, 0, 600) + "...");
}

/// <summary>
/// Generators of hostile result files, each around <see cref="ResultDocuments.Valid"/>: valid files, every
/// mutation that must be refused (<see cref="ResultMutations"/>), byte-level damage with bad UTF-8 and stray
/// escapes spliced in, arbitrary bytes, deep nesting, numbers at and beyond double's range, unpaired surrogates
/// and duplicate members (escaped and plain). <see cref="All"/> draws from every one of them.
/// </summary>
public static class FuzzInputs
{
    /// <summary>Byte sequences that are not UTF-8 (overlong, encoded surrogate, beyond U+10FFFF, cut short, stray continuation).</summary>
    private static readonly byte[][] BadUtf8 = [[0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF0, 0x9F, 0x98], [0x80], [0xFF], [0xFE, 0xFF], [0xE2, 0x82]];

    /// <summary>Fragments a damaged file gets spliced in: escapes, numbers at the edges, structure, BOMs.</summary>
    private static readonly string[] Fragments =
    [
        "\\ud800", "\\udfff", "\\udc00\\ud800", "\\ud83d\\ude00", "\\u0000", "\\\"", "\"", "\\", "{", "}", "[", "]", ",", ":", "null", "true",
        "1e400", "-1e400", "1e-400", "-0", "1e308", "17976931348623157e292", "123456789012345678901234567890", "0.000000000000000000001",
        "\ufeff", "\u2028", "\U0001F600", "NaN", "Infinity", "/*x*/", "\r\n",
    ];

    public static readonly Gen<FuzzInput> Valid =
        ResultDocuments.Valid.Select(doc => new FuzzInput("valid", "a valid file", Encoding.UTF8.GetBytes(doc.ToJsonString()), Verdict.Accept));

    /// <summary>A valid file with one edit that breaks a rule wherever it lands (null, 1e400, a control character, ...).</summary>
    public static readonly Gen<FuzzInput> Breaking =
        Gen.Select(ResultDocuments.Valid, Gen.Int[0, int.MaxValue], (doc, pick) =>
        {
            // An unknown member may hold anything but what no JSON file may: an unpaired surrogate, a member named twice.
            var sites = ResultMutations.BreakingSites(doc)
                .Where(s => !s.Path.StartsWith("$['x-", StringComparison.Ordinal) || s.Edit is "lone-surrogate" or ResultMutations.DuplicateMember)
                .ToList();
            var site = sites[pick % sites.Count];
            var mutant = ResultMutations.Break("generated", doc, site);
            return new FuzzInput("breaking", mutant.Name, mutant.Bytes, Verdict.Refuse, site.Path);
        });

    /// <summary>A valid file with 1 to 4 byte-level edits: cuts, bit flips, deletions, and bad UTF-8 or fragments spliced in.</summary>
    public static readonly Gen<FuzzInput> Damaged =
        Gen.Select(ResultDocuments.Valid, Gen.Select(Gen.Int[0, 5], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue]).Array[1, 4], (doc, edits) =>
        {
            var bytes = Encoding.UTF8.GetBytes(doc.ToJsonString()).ToList();
            var names = new List<string>();
            foreach (var (kind, where, what) in edits)
            {
                if (bytes.Count == 0)
                {
                    break;
                }

                var at = where % bytes.Count;
                switch (kind)
                {
                    case 0:
                        bytes.RemoveRange(at, bytes.Count - at);
                        names.Add($"cut@{at}");
                        break;
                    case 1:
                        bytes[at] ^= (byte)(1 << (what % 8));
                        names.Add($"flip@{at}");
                        break;
                    case 2:
                        bytes.RemoveRange(at, Math.Min(1 + (what % 8), bytes.Count - at));
                        names.Add($"delete@{at}");
                        break;
                    case 3:
                        bytes.InsertRange(at, BadUtf8[what % BadUtf8.Length]);
                        names.Add($"bad-utf8@{at}");
                        break;
                    default:
                        bytes.InsertRange(at, Encoding.UTF8.GetBytes(Fragments[what % Fragments.Length]));
                        names.Add($"fragment@{at}");
                        break;
                }
            }

            return new FuzzInput("damaged", string.Join(",", names), [.. bytes], Verdict.Either);
        });

    /// <summary>Arbitrary bytes, and a soup of JSON tokens (which gets further into the parser than noise does).</summary>
    public static readonly Gen<FuzzInput> Arbitrary =
        Gen.OneOf(
            Gen.Byte.Array[0, 400].Select(b => new FuzzInput("bytes", "arbitrary bytes", b, Verdict.Either)),
            Gen.OneOf(Fragments.Concat(["\"schema\"", "\"staticbench/result/v1\"", "\"run\"", "\"results\"", "\"samples\"", "1", "\"a\"", "{}", "[]"]).ToArray())
                .Array[0, 60].Select(t => new FuzzInput("tokens", "a soup of JSON tokens", Encoding.UTF8.GetBytes(string.Concat(t)), Verdict.Either)));

    /// <summary>A valid file with an unknown member nested 1 to 200 deep: refused past <see cref="StrictJson.MaxDepth"/>, accepted below.</summary>
    public static readonly Gen<FuzzInput> Deep =
        Gen.Select(ResultDocuments.Valid, Gen.Int[1, 200], Gen.Bool, (doc, depth, arrays) =>
        {
            var open = arrays ? "[" : "{\"a\":";
            var close = arrays ? "]" : "}";
            var nested = string.Concat(Enumerable.Repeat(open, depth)) + "0" + string.Concat(Enumerable.Repeat(close, depth));
            var text = doc.ToJsonString();
            text = text[..^1] + ",\"x-deep\":" + nested + "}";

            // The root object is depth 1 and its members' values start at depth 2.
            var deepest = 1 + depth;
            return deepest > StrictJson.MaxDepth
                ? new FuzzInput("deep", $"nested {depth} deep", Encoding.UTF8.GetBytes(text), Verdict.Refuse, "$", "depth")
                : new FuzzInput("deep", $"nested {depth} deep", Encoding.UTF8.GetBytes(text), Verdict.Accept);
        });

    /// <summary>
    /// A number as JSON allows it (up to 400 digits, exponents up to ±9999) as the only sample, in ns: accepted
    /// exactly when it is 0 or within <see cref="SampleRange"/> once read as a double.
    /// </summary>
    public static readonly Gen<FuzzInput> Numbers =
        Gen.Select(ResultDocuments.Valid, JsonNumber, (doc, number) =>
        {
            var result = doc["results"]![0]!.AsObject();
            result["unit"] = "ns";
            result.Remove("summary");
            result["samples"] = new JsonArray("@@N@@");
            var text = doc.ToJsonString().Replace("\"@@N@@\"", number, StringComparison.Ordinal);
            var value = double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture);
            return SampleRange.Contains(value)
                ? new FuzzInput("number", number, Encoding.UTF8.GetBytes(text), Verdict.Accept)
                : new FuzzInput("number", number, Encoding.UTF8.GetBytes(text), Verdict.Refuse, "$.results[0].samples[0]");
        });

    /// <summary>
    /// A number of 1 to 17 digits, with a sign and a decimal point anywhere or neither and no exponent (samples as
    /// harnesses write them: <c>209241</c>, <c>-16815313.5</c>, <c>0.000120</c>) as the only sample, in ns. The reader
    /// reads numbers of up to 15 digits without its full parser, so these sit on both sides of that limit.
    /// </summary>
    public static readonly Gen<FuzzInput> PlainNumbers =
        Gen.Select(ResultDocuments.Valid, Gen.Bool, Gen.Char['0', '9'].Array[1, 17], Gen.Int[0, 17], (doc, negative, digits, point) => (doc, negative, digits, point))
            .Select(t =>
            {
                var (doc, negative, digits, point) = t;
                var text = new string(digits).TrimStart('0');
                text = text.Length == 0 ? "0" : text;
                if (point > 0 && point < text.Length)
                {
                    text = text[..point] + "." + text[point..];
                }
                else if (point >= text.Length && point > 0)
                {
                    text = "0." + text;
                }

                var number = (negative ? "-" : "") + text;
                var result = doc["results"]![0]!.AsObject();
                result["unit"] = "ns";
                result.Remove("summary");
                result["samples"] = new JsonArray("@@N@@");
                var bytes = Encoding.UTF8.GetBytes(doc.ToJsonString().Replace("\"@@N@@\"", number, StringComparison.Ordinal));
                var value = double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture);
                return SampleRange.Contains(value)
                    ? new FuzzInput("plain-number", number, bytes, Verdict.Accept)
                    : new FuzzInput("plain-number", number, bytes, Verdict.Refuse, "$.results[0].samples[0]");
            });

    /// <summary>
    /// An escape spliced into a string value: an unpaired surrogate (refused at that string's path) or a proper
    /// pair (no surrogate problem, though the field's own rules may still refuse it).
    /// </summary>
    public static readonly Gen<FuzzInput> Surrogates =
        Gen.Select(ResultDocuments.Valid, Gen.Int[0, int.MaxValue], Gen.OneOf("\\ud800", "\\udfff", "\\udc00\\ud800", "\\ud800A", "\\ud83d\\ude00"), (doc, pick, escape) =>
        {
            var strings = StringValues(doc, "$").ToList();
            var (path, node) = strings[pick % strings.Count];
            var hole = $"@@S{pick}@@";
            var original = node.GetValue<string>();
            ReplaceValue(node, original + hole);
            var text = doc.ToJsonString().Replace(hole, escape, StringComparison.Ordinal);
            var paired = escape == "\\ud83d\\ude00";
            return paired
                ? new FuzzInput("surrogate", $"a surrogate pair in {path}", Encoding.UTF8.GetBytes(text), Verdict.Either)
                : new FuzzInput("surrogate", $"{escape} in {path}", Encoding.UTF8.GetBytes(text), Verdict.Refuse, path, "unpaired surrogate");
        });

    /// <summary>A member named twice in one object, the second time as written or spelled with escapes (<c>"\u0069d"</c> is <c>"id"</c>).</summary>
    public static readonly Gen<FuzzInput> Duplicates =
        Gen.Select(ResultDocuments.Valid, Gen.Int[0, int.MaxValue], Gen.Bool, (doc, pick, escaped) =>
        {
            var objects = Objects(doc, "$").Where(o => o.Node.Count > 0).ToList();
            var (path, obj) = objects[pick % objects.Count];
            var (name, value) = obj.ElementAt(pick % obj.Count);
            obj["@@DUP@@"] = value?.DeepClone();
            var spelled = escaped ? string.Concat(name.Select(c => $"\\u{(int)c:x4}")) : JsonValue.Create(name).ToJsonString()[1..^1];
            var text = doc.ToJsonString().Replace("\"@@DUP@@\"", $"\"{spelled}\"", StringComparison.Ordinal);
            return new FuzzInput("duplicate", $"'{name}' twice in {path}{(escaped ? ", escaped" : "")}", Encoding.UTF8.GetBytes(text), Verdict.Refuse, path, "twice");
        });

    /// <summary>Every kind above, weighted towards the ones that reach deep into the validator.</summary>
    public static readonly Gen<FuzzInput> All =
        Gen.Frequency(
            (2, Valid), (4, Breaking), (4, Damaged), (2, Arbitrary), (1, Deep), (2, Numbers), (2, Surrogates), (2, Duplicates));

    /// <summary>A JSON number: optional minus, 1 to 400 digits (no leading zero), an optional fraction and exponent.</summary>
    private static Gen<string> JsonNumber =>
        Gen.Select(Gen.Bool, Gen.Char['0', '9'].Array[1, 400], Gen.Char['0', '9'].Array[0, 30], Gen.OneOf("", "e", "E", "e+", "e-", "E-"), Gen.Int[0, 9999],
            (negative, digits, fraction, e, exponent) =>
            {
                var whole = new string(digits).TrimStart('0');
                return (negative ? "-" : "") + (whole.Length == 0 ? "0" : whole) + (fraction.Length > 0 ? "." + new string(fraction) : "") + (e.Length > 0 ? e + exponent : "");
            });

    private static IEnumerable<(string Path, JsonValue Node)> StringValues(JsonNode node, string path) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Value is null ? [] : StringValues(p.Value, ElementChecker.Child(path, p.Key))),
        JsonArray a => a.SelectMany((v, i) => v is null ? [] : StringValues(v, ElementChecker.Item(path, i))),
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String => [(path, v)],
        _ => [],
    };

    private static IEnumerable<(string Path, JsonObject Node)> Objects(JsonNode node, string path) => node switch
    {
        JsonObject o => new[] { (path, o) }.Concat(o.SelectMany(p => p.Value is null ? [] : Objects(p.Value, ElementChecker.Child(path, p.Key)))),
        JsonArray a => a.SelectMany((v, i) => v is null ? [] : Objects(v, ElementChecker.Item(path, i))),
        _ => [],
    };

    private static void ReplaceValue(JsonValue node, string text)
    {
        switch (node.Parent)
        {
            case JsonObject parent:
                parent[node.GetPropertyName()] = text;
                break;
            case JsonArray parent:
                parent[node.GetElementIndex()] = text;
                break;
        }
    }
}

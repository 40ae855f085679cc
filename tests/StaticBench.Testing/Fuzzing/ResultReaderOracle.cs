using System.Text;
using System.Text.Json;
using StaticBench.Schema.Json;
using StaticBench.Schema.Model;
using StaticBench.Schema.Units;
using StaticBench.Schema.Validation;

namespace StaticBench.Testing.Fuzzing;

/// <summary>
/// What must hold for any bytes given to <see cref="ResultReader"/> (issue 15): it returns (never throws); every
/// problem names the file, a JSON path and what is wrong, with no control character to reach a terminal; an
/// accepted file passes checks made without the reader (strict UTF-8, no duplicate member, no unpaired surrogate,
/// a safe run id, values the statistics can use) and reads back the same once written. Throws when one fails.
/// </summary>
public static class ResultReaderOracle
{
    private const string File = "fuzz.json";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static ReadOutcome Check(FuzzInput input) => Check(input.Bytes, input.Verdict, input.Path, input.Words);

    public static ReadOutcome Check(byte[] bytes, Verdict verdict = Verdict.Either, string? path = null, string? words = null)
    {
        var outcome = ResultReader.Read(bytes, File);
        foreach (var problem in outcome.Problems)
        {
            Require(problem.File == File && problem.Path.StartsWith('$') && problem.Message.Length > 0, $"a problem without file or path: {problem}");
            Require(!HasControl(problem.Path) && !HasControl(problem.Message), $"a problem carries a control character: {problem}");
            Require(!problem.Message.Contains("staticbench bug", StringComparison.Ordinal), $"validator and reader disagree: {problem}");
        }

        Require(outcome.IsValid == (outcome.Problems.Count == 0), "a result and problems at once, or neither");
        SamePaths(bytes, outcome);
        if (outcome.IsValid)
        {
            Sound(bytes, outcome);
        }

        switch (verdict)
        {
            case Verdict.Accept:
                Require(outcome.IsValid, $"a valid file was refused: {string.Join("; ", outcome.Problems)}");
                break;
            case Verdict.Refuse:
                Require(!outcome.IsValid, "accepted, but it breaks a rule of the format");
                Require(
                    path is null || outcome.Problems.Any(p => (p.Path == path || IsAncestor(p.Path, path)) && (words is null || p.Message.Contains(words, StringComparison.Ordinal))),
                    $"no problem at {path}{(words is null ? "" : $" saying '{words}'")}: {string.Join("; ", outcome.Problems)}");
                break;
        }

        return outcome;
    }

    /// <summary>
    /// The single-pass reader only recognizes plainly valid files, and the thorough path decides: what the first
    /// accepts (with or without sharing through an interner) the second accepts and reads the same, and the reader
    /// as a whole says what the thorough path says, problem for problem.
    /// </summary>
    private static void SamePaths(byte[] bytes, ReadOutcome outcome)
    {
        var thorough = ResultReader.ReadThoroughly(bytes, File);
        Require(
            outcome.Problems.Select(p => p.ToString()).SequenceEqual(thorough.Problems.Select(p => p.ToString())),
            $"the reader and its thorough path disagree: {string.Join("; ", outcome.Problems)} | {string.Join("; ", thorough.Problems)}");
        foreach (var interner in new[] { null, new ResultInterner() })
        {
            if (SinglePassReader.TryRead(bytes, interner) is { } single)
            {
                Require(thorough.IsValid, $"the single-pass reader accepted what the thorough path refuses: {string.Join("; ", thorough.Problems)}");
                Require(
                    ResultJson.Serialize(single).AsSpan().SequenceEqual(ResultJson.Serialize(thorough.Result!)),
                    $"the single-pass reader read it differently:\n{ResultJson.SerializeToString(single)}\nthorough:\n{ResultJson.SerializeToString(thorough.Result!)}");
                Require(single.Results.All(r => r.Samples is double[]), "the single-pass reader kept samples in something other than an exact array");
            }
        }
    }

    /// <summary>Checks made without the reader's own code, on a file it accepted.</summary>
    private static void Sound(byte[] bytes, ReadOutcome outcome)
    {
        var text = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? bytes[3..] : bytes;
        Require(System.Text.Unicode.Utf8.IsValid(text), "accepted bytes that are not UTF-8");
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowDuplicateProperties = false, MaxDepth = StrictJson.MaxDepth });
            Walk(document.RootElement);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
        {
            throw new Xunit.Sdk.XunitException($"accepted, but a strict parse refuses it: {e.Message}");
        }

        var run = outcome.Result!;
        Require(RunId.IsValid(run.Run.Id), $"accepted an unsafe run id {run.Run.Id}");
        foreach (var result in run.Results)
        {
            Require(result.Samples.Count > 0 && result.Samples.All(SampleRange.Contains), "accepted a sample the statistics cannot use");
            Require(result.Summary is { } s && new[] { s.Min, s.Median, s.Max }.All(SampleRange.Contains), "accepted a summary the statistics cannot use");
        }

        var again = ResultReader.Read(ResultJson.Serialize(run), "again.json");
        Require(again.IsValid, $"accepted, but its own serialization is refused: {string.Join("; ", again.Problems)}");
        Require(again.Result!.Run.Id == run.Run.Id && again.Result.Results.Count == run.Results.Count, "read back differently once written");
        Require(again.Result.Results.Zip(run.Results).All(p => p.First.Samples.SequenceEqual(p.Second.Samples)), "samples changed once written");
    }

    /// <summary>Every member name and string decodes to text that encodes back to UTF-8 (no unpaired surrogate).</summary>
    private static void Walk(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var member in element.EnumerateObject())
                {
                    StrictUtf8.GetByteCount(member.Name);
                    Walk(member.Value);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item);
                }

                break;
            case JsonValueKind.String:
                StrictUtf8.GetByteCount(element.GetString()!);
                break;
        }
    }

    private static bool IsAncestor(string ancestor, string path) =>
        path.Length > ancestor.Length && path.StartsWith(ancestor, StringComparison.Ordinal) && path[ancestor.Length] is '.' or '[';

    private static bool HasControl(string s) => s.AsSpan().IndexOfAnyInRange('\u0000', '\u001f') >= 0 || s.AsSpan().IndexOfAnyInRange('\u007f', '\u009f') >= 0;

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new Xunit.Sdk.XunitException(message);
        }
    }
}

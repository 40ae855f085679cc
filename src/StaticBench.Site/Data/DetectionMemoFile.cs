using System.Text.Json;
using System.Text.Json.Serialization;
using StaticBench.Analysis.ChangePoints;
using StaticBench.Analysis.Findings;
using StaticBench.Schema.Files;

namespace StaticBench.Site.Data;

/// <summary>
/// A <see cref="DetectionMemo"/> on disk, beside the incremental history cache. A missing or damaged
/// file only costs a full scan; it is saved with <see cref="AtomicFile"/>, so a crash never leaves
/// half a memo.
/// </summary>
public static class DetectionMemoFile
{
    public static DetectionMemo Load(string file)
    {
        try
        {
            using var stream = File.OpenRead(file);
            var entries = JsonSerializer.Deserialize(stream, DetectionMemoJsonContext.Default.DictionaryStringChangePointArray);
            return new DetectionMemo(entries);
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            return new DetectionMemo();
        }
    }

    public static void Save(string file, DetectionMemo memo)
    {
        AtomicFile.Write(file, stream => JsonSerializer.Serialize(stream, memo.Used.ToDictionary(), DetectionMemoJsonContext.Default.DictionaryStringChangePointArray));
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Dictionary<string, ChangePoint[]>))]
internal sealed partial class DetectionMemoJsonContext : JsonSerializerContext;

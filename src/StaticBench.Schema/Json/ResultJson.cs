using System.Text.Json;
using StaticBench.Schema.Model;

namespace StaticBench.Schema.Json;

/// <summary>Serializes result files. Reading goes through <see cref="Validation.ResultReader"/>, which validates first.</summary>
public static class ResultJson
{
    /// <summary>The canonical bytes of a result file (indented UTF-8, trailing newline).</summary>
    public static byte[] Serialize(RunResult result)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(result, ResultJsonContext.Default.RunResult);
        return [.. bytes, (byte)'\n'];
    }

    public static string SerializeToString(RunResult result) =>
        System.Text.Encoding.UTF8.GetString(Serialize(result));
}

using StaticBench.Schema.Json;
using StaticBench.Schema.Model;

namespace StaticBench.Testing;

/// <summary>Writes result files the way a runner would, so tests feed the CLI and the recorder real files.</summary>
public static class ResultFiles
{
    /// <summary>Writes <paramref name="run"/> as <c>&lt;folder&gt;/&lt;run id&gt;.json</c> and returns the path.</summary>
    public static string Write(string folder, RunResult run)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{run.Run.Id}.json");
        File.WriteAllBytes(path, ResultJson.Serialize(run));
        return path;
    }

    /// <summary>Writes <paramref name="content"/> verbatim (for invalid or hand-formatted files).</summary>
    public static string WriteRaw(string folder, string name, string content)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
